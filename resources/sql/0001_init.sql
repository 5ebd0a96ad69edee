-- Articles as the importer extracted them. The canonical text is headline, sub-headlines and body
-- paragraphs joined by '\n'; content_hash (BLAKE2b-256 of it, hex) keeps one copy of each article.
CREATE TABLE articles (
    id            INTEGER PRIMARY KEY,
    content_hash  TEXT    NOT NULL UNIQUE,
    language      TEXT    NOT NULL DEFAULT '',
    category      TEXT    NOT NULL DEFAULT '',
    headline      TEXT    NOT NULL,
    subheadlines  TEXT    NOT NULL DEFAULT '',  -- one per line
    outlet        TEXT    NOT NULL DEFAULT '',
    reporter      TEXT    NOT NULL DEFAULT '',
    email         TEXT    NOT NULL DEFAULT '',
    copyright     TEXT    NOT NULL DEFAULT '',
    published     TEXT    NOT NULL DEFAULT '',  -- ISO 8601 as found in the text, '' when unknown
    body          TEXT    NOT NULL,             -- paragraphs, one per line
    source_path   TEXT    NOT NULL DEFAULT '',
    imported_at   TEXT    NOT NULL,             -- ISO 8601 UTC
    is_read       INTEGER NOT NULL DEFAULT 0 CHECK (is_read IN (0, 1)),
    is_starred    INTEGER NOT NULL DEFAULT 0 CHECK (is_starred IN (0, 1))
);
