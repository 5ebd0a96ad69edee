-- The search index, made smaller, and imports that queue their articles for it (issue 12).
-- Independent of 0012 (saved searches): this touches only what 0011 made.
--
-- 1. The body is the index's first column. FTS5 writes a two-byte column marker before the
--    positions of every column but the first, once per word and article: with the body last,
--    most of a position list's entries paid it. The index is built again, from the queue.
-- 2. Leaves of 29,529 bytes instead of 4,050: a leaf is one row of article_search_data, which
--    on SQLite's 4 KB pages stored about 2 % as row and page overhead; a large one fills whole
--    overflow pages and leaves 889 bytes for its b-tree page (489 + (29,533 − 489) mod 4,092).
-- 3. A new article gets a row in search_pending, in the insert's transaction, instead of its
--    tokens in FTS5 (an import with FTS5 inside its transaction took 2.3–2.6 times as long as
--    one without). SearchIndex::build() indexes the queue afterwards in batches, each its own
--    transaction: what the CLI does after every write that adds articles, and the GUI in the
--    background. Searches find a pending article meanwhile by a substring scan, so results
--    stay exact at every moment. Updates, trash, restore and deletes stay in their own
--    transaction, as in 0011.
DROP TRIGGER articles_searched_in;
DROP TRIGGER articles_searched_out;
DROP TRIGGER articles_searched_changed;
DROP TABLE article_search;

CREATE VIRTUAL TABLE article_search USING fts5(
    body, headline, subheadlines, outlet, reporter,
    content = 'articles', content_rowid = 'id', tokenize = 'newsmark');
-- The weights follow the columns: a headline word counts ten body words.
INSERT INTO article_search (article_search, rank)
    VALUES ('rank', 'newsmark_rank(1.0, 10.0, 5.0, 2.0, 2.0)');
INSERT INTO article_search (article_search, rank) VALUES ('pgsz', 29529);

DELETE FROM search_pending;
INSERT INTO search_pending (article_id) SELECT id FROM articles WHERE deleted_at IS NULL;

CREATE TRIGGER articles_searched_in AFTER INSERT ON articles
    WHEN new.deleted_at IS NULL
BEGIN
    INSERT OR IGNORE INTO search_pending (article_id) VALUES (new.id);
END;
CREATE TRIGGER articles_searched_out AFTER DELETE ON articles
BEGIN
    INSERT INTO article_search (article_search, rowid, headline, subheadlines, outlet, reporter,
                                body)
        SELECT 'delete', old.id, old.headline, old.subheadlines, old.outlet, old.reporter,
               old.body
        WHERE old.deleted_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM search_pending WHERE article_id = old.id);
    DELETE FROM search_pending WHERE article_id = old.id;
END;
CREATE TRIGGER articles_searched_changed AFTER UPDATE OF headline, subheadlines, outlet, reporter,
                                                         body, deleted_at ON articles
    WHEN NOT EXISTS (SELECT 1 FROM search_pending WHERE article_id = new.id)
BEGIN
    INSERT INTO article_search (article_search, rowid, headline, subheadlines, outlet, reporter,
                                body)
        SELECT 'delete', old.id, old.headline, old.subheadlines, old.outlet, old.reporter,
               old.body
        WHERE old.deleted_at IS NULL;
    INSERT INTO article_search (rowid, headline, subheadlines, outlet, reporter, body)
        SELECT new.id, new.headline, new.subheadlines, new.outlet, new.reporter, new.body
        WHERE new.deleted_at IS NULL;
END;
