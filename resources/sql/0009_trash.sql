-- The Trash: deleting an article moves it there first (deleted_at, ISO 8601 UTC; NULL while it
-- is in the library), as a mail client does. It keeps its notes, mentions and feed item there,
-- hidden from the list, the Notes view and the entity index's counts, until it is restored or
-- purged. Purging deletes the row: its notes, mentions and analysis go with it (ON DELETE
-- CASCADE), and its feed item keeps its identity with article_id NULL, so it never comes back.
ALTER TABLE articles ADD COLUMN deleted_at TEXT DEFAULT NULL;

-- The list's three orders walk only the articles outside the Trash: the indexes of 0002 become
-- partial, so that paging (OFFSET included) never reads a row to find it trashed. A query uses
-- them when its WHERE says "deleted_at IS NULL", as every list query does.
DROP INDEX articles_by_date;
DROP INDEX articles_by_headline;
DROP INDEX articles_by_outlet;
CREATE INDEX articles_by_date ON articles (sort_date, id) WHERE deleted_at IS NULL;
CREATE INDEX articles_by_headline ON articles (headline COLLATE NOCASE, id)
    WHERE deleted_at IS NULL;
CREATE INDEX articles_by_outlet ON articles (outlet COLLATE NOCASE, sort_date, id)
    WHERE deleted_at IS NULL;
-- The Trash itself is small: its own index finds it without reading the library.
CREATE INDEX articles_in_trash ON articles (deleted_at, id) WHERE deleted_at IS NOT NULL;

-- library_counts.articles stays the unfiltered list's length, which no longer counts the
-- Trash; `trashed` is the Trash's, so that both together are every stored article.
ALTER TABLE library_counts ADD COLUMN trashed INTEGER NOT NULL DEFAULT 0 CHECK (trashed >= 0);

DROP TRIGGER articles_counted_in;
DROP TRIGGER articles_counted_out;
CREATE TRIGGER articles_counted_in AFTER INSERT ON articles
BEGIN
    UPDATE library_counts SET articles = articles + (new.deleted_at IS NULL),
                              trashed = trashed + (new.deleted_at IS NOT NULL)
        WHERE id = 1;
END;
CREATE TRIGGER articles_counted_out AFTER DELETE ON articles
BEGIN
    UPDATE library_counts SET articles = articles - (old.deleted_at IS NULL),
                              trashed = trashed - (old.deleted_at IS NOT NULL)
        WHERE id = 1;
END;
CREATE TRIGGER articles_counted_trash AFTER UPDATE OF deleted_at ON articles
    WHEN (old.deleted_at IS NULL) <> (new.deleted_at IS NULL)
BEGIN
    UPDATE library_counts SET articles = articles + (new.deleted_at IS NULL)
                                                  - (old.deleted_at IS NULL),
                              trashed = trashed + (new.deleted_at IS NOT NULL)
                                                - (old.deleted_at IS NOT NULL)
        WHERE id = 1;
END;
