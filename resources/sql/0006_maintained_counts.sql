-- What start-up asks of a library is kept up to date on every write, so that asking costs the
-- same with 5 articles or 100,000: how many articles there are, and which ones the entity index
-- still has to analyse. Before this format both were counted by reading every article's row.

-- One row: the number of articles (the unfiltered list's length).
CREATE TABLE library_counts (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    articles  INTEGER NOT NULL CHECK (articles >= 0)
);
INSERT INTO library_counts (id, articles) VALUES (1, (SELECT count(*) FROM articles));

CREATE TRIGGER articles_counted_in AFTER INSERT ON articles
BEGIN
    UPDATE library_counts SET articles = articles + 1 WHERE id = 1;
END;
CREATE TRIGGER articles_counted_out AFTER DELETE ON articles
BEGIN
    UPDATE library_counts SET articles = articles - 1 WHERE id = 1;
END;

-- The articles whose mentions are missing or were found in other text: a new article, a
-- re-import that changed the text, or a correction that may change what is found in it. The
-- indexer takes its work from here and removes an article once its mentions are stored for the
-- text the article still has.
CREATE TABLE analysis_queue (
    article_id  INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE
);

CREATE TRIGGER articles_queued_new AFTER INSERT ON articles
BEGIN
    INSERT OR IGNORE INTO analysis_queue (article_id) VALUES (new.id);
END;
CREATE TRIGGER articles_queued_changed AFTER UPDATE OF content_hash ON articles
    WHEN old.content_hash IS NOT new.content_hash
BEGIN
    INSERT OR IGNORE INTO analysis_queue (article_id) VALUES (new.id);
END;

-- Which analyzer (recogniser model and rules) the queue is relative to. When the program's
-- analyzer differs, every article is queued once, and this row names the new one.
CREATE TABLE analysis_state (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    analyzer  TEXT    NOT NULL
);
INSERT INTO analysis_state (id, analyzer)
    VALUES (1, coalesce((SELECT analyzer FROM article_analysis GROUP BY analyzer
                         ORDER BY count(*) DESC LIMIT 1), ''));

-- What the earlier formats found stale by reading every article.
INSERT INTO analysis_queue (article_id)
    SELECT a.id FROM articles a LEFT JOIN article_analysis x ON x.article_id = a.id
    WHERE x.article_id IS NULL OR x.content_hash <> a.content_hash
       OR x.analyzer <> (SELECT analyzer FROM analysis_state WHERE id = 1);
