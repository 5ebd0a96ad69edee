-- Imports queue their articles for the search index instead of indexing them in their own
-- transaction (issue 12: an import with FTS5 inside its transaction took 2.6 times as long as
-- one without). A new article gets a row in search_pending, in the insert's transaction, and
-- SearchIndex::build() indexes the queue afterwards in batches, each its own transaction: what
-- the CLI does after every write that adds articles, and the GUI in the background. Searches
-- find a pending article meanwhile by a substring scan, so results stay exact at every moment.
-- Independent of 0012: this only replaces a trigger of 0011.
DROP TRIGGER articles_searched_in;
CREATE TRIGGER articles_searched_in AFTER INSERT ON articles
    WHEN new.deleted_at IS NULL
BEGIN
    INSERT OR IGNORE INTO search_pending (article_id) VALUES (new.id);
END;
