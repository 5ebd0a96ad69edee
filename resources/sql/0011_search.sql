-- Full-text search (issue 12). The tokenizer "newsmark" is Newsmark's own (core/search): Hangul
-- as overlapping syllable bigrams, words case-folded and stemmed, numbers whole. It is
-- registered on every connection Newsmark opens; a program without it (the sqlite3 shell) can
-- read the library but cannot write articles or notes, since the triggers below need it.

-- Articles outside the Trash, indexed over the articles table itself (external content: the
-- index holds no second copy of the text). A trashed article leaves the index and comes back
-- when it is restored.
CREATE VIRTUAL TABLE article_search USING fts5(
    headline, subheadlines, outlet, reporter, body,
    content = 'articles', content_rowid = 'id', tokenize = 'newsmark');
-- Ranked by BM25 without its IDF factor (core/search/search_tokenizer.cpp says why), a word in
-- the headline worth ten in the body.
INSERT INTO article_search (article_search, rank)
    VALUES ('rank', 'newsmark_rank(10.0, 5.0, 2.0, 2.0, 1.0)');

-- Articles whose text is not in the index yet: every article of a library upgraded from an
-- earlier format, until SearchIndex::build() has read them (in batches, resumable: what is
-- built stays built). The triggers leave them alone, so that the index never holds an article
-- twice nor deletes one it does not hold.
CREATE TABLE search_pending (
    article_id  INTEGER PRIMARY KEY
);
INSERT INTO search_pending (article_id) SELECT id FROM articles WHERE deleted_at IS NULL;

CREATE TRIGGER articles_searched_in AFTER INSERT ON articles
    WHEN new.deleted_at IS NULL
     AND NOT EXISTS (SELECT 1 FROM search_pending WHERE article_id = new.id)
BEGIN
    INSERT INTO article_search (rowid, headline, subheadlines, outlet, reporter, body)
        VALUES (new.id, new.headline, new.subheadlines, new.outlet, new.reporter, new.body);
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
-- A re-import, a feed's update, moving to or from the Trash: out with the old, in with the new.
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

-- Notes: comment (Markdown), quote and tags. Notes are few and their tags live in their own
-- table, so this index keeps its own copy, keyed by the note's id, and is rewritten per note.
CREATE VIRTUAL TABLE note_search USING fts5(
    note_id UNINDEXED, comment, quote, tags, tokenize = 'newsmark');

INSERT INTO note_search (note_id, comment, quote, tags)
    SELECT n.id, n.body, n.quote,
           coalesce((SELECT group_concat(tag, ' ') FROM note_tags t WHERE t.note_id = n.id), '')
    FROM notes n;

CREATE TRIGGER notes_searched_in AFTER INSERT ON notes
BEGIN
    INSERT INTO note_search (note_id, comment, quote, tags)
        VALUES (new.id, new.body, new.quote, '');
END;
CREATE TRIGGER notes_searched_changed AFTER UPDATE OF body, quote ON notes
BEGIN
    DELETE FROM note_search WHERE note_id = old.id;
    INSERT INTO note_search (note_id, comment, quote, tags)
        SELECT new.id, new.body, new.quote,
               coalesce((SELECT group_concat(tag, ' ') FROM note_tags t
                         WHERE t.note_id = new.id), '');
END;
CREATE TRIGGER notes_searched_out AFTER DELETE ON notes
BEGIN
    DELETE FROM note_search WHERE note_id = old.id;
END;
CREATE TRIGGER note_tags_searched_in AFTER INSERT ON note_tags
BEGIN
    DELETE FROM note_search WHERE note_id = new.note_id;
    INSERT INTO note_search (note_id, comment, quote, tags)
        SELECT n.id, n.body, n.quote,
               coalesce((SELECT group_concat(tag, ' ') FROM note_tags t
                         WHERE t.note_id = n.id), '')
        FROM notes n WHERE n.id = new.note_id;
END;
CREATE TRIGGER note_tags_searched_out AFTER DELETE ON note_tags
BEGIN
    DELETE FROM note_search WHERE note_id = old.note_id;
    INSERT INTO note_search (note_id, comment, quote, tags)
        SELECT n.id, n.body, n.quote,
               coalesce((SELECT group_concat(tag, ' ') FROM note_tags t
                         WHERE t.note_id = n.id), '')
        FROM notes n WHERE n.id = old.note_id;
END;
