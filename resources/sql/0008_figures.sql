-- A saved web page keeps more than paragraphs: which of them were headings, list items, quotes
-- and captions, and its images, so that the reader shows the article as it was laid out without
-- ever fetching anything.

-- One letter per body paragraph (p paragraph, h heading, l list item, q quote, c caption), or ''
-- when all are plain paragraphs (every file and feed item before this format).
ALTER TABLE articles ADD COLUMN body_kinds TEXT NOT NULL DEFAULT '';

-- The images, in text order. A rowid table (not WITHOUT ROWID): rows are large blobs.
CREATE TABLE article_figures (
    article_id        INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal           INTEGER NOT NULL CHECK (ordinal >= 0),
    before_paragraph  INTEGER NOT NULL CHECK (before_paragraph >= 0),
    source_url        TEXT    NOT NULL DEFAULT '',
    alt               TEXT    NOT NULL DEFAULT '',
    mime_type         TEXT    NOT NULL CHECK (mime_type IN ('image/png', 'image/jpeg',
                                                            'image/gif', 'image/webp')),
    width             INTEGER NOT NULL DEFAULT 0,
    height            INTEGER NOT NULL DEFAULT 0,
    data              BLOB    NOT NULL,
    UNIQUE (article_id, ordinal)
);
