-- Notes: highlights with an optional comment and tags, anchored into an article's canonical text
-- the way the W3C Web Annotation model anchors (TextQuoteSelector + TextPositionSelector), so that
-- they can be placed again when the text changes. Positions count Unicode code points.
--
-- ON DELETE CASCADE: articles are never deleted today; if deleting one becomes possible, its notes
-- go with it (an export first is the way to keep them).
CREATE TABLE notes (
    id              TEXT    PRIMARY KEY,          -- UUID, lower-case, no braces
    article_id      INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    quote           TEXT    NOT NULL,             -- the text at [start_pos, end_pos) now
    prefix          TEXT    NOT NULL DEFAULT '',  -- up to 32 code points before the quote
    suffix          TEXT    NOT NULL DEFAULT '',  -- up to 32 code points after it
    start_pos       INTEGER NOT NULL CHECK (start_pos >= 0),
    end_pos         INTEGER NOT NULL CHECK (end_pos > start_pos),
    original_quote  TEXT    NOT NULL,             -- the quote as the user highlighted it
    text_hash       TEXT    NOT NULL,             -- content hash of the text the note was made on
    anchored_hash   TEXT    NOT NULL,             -- content hash of the text the positions are in
    anchor_state    TEXT    NOT NULL DEFAULT 'exact'
                    CHECK (anchor_state IN ('exact', 'moved', 'fuzzy', 'orphaned')),
    color           TEXT    NOT NULL DEFAULT 'yellow',
    body            TEXT    NOT NULL DEFAULT '',  -- Markdown
    created_at      TEXT    NOT NULL,             -- ISO 8601 UTC with milliseconds
    updated_at      TEXT    NOT NULL
);
-- The reader shows an article's notes in text order; the Notes view lists the newest first.
CREATE INDEX notes_by_article ON notes (article_id, start_pos, id);
CREATE INDEX notes_by_created ON notes (created_at, id);
CREATE INDEX notes_by_color ON notes (color, created_at, id);

-- One row per tag of a note, so that "all notes tagged X" walks an index.
CREATE TABLE note_tags (
    note_id  TEXT NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
    tag      TEXT NOT NULL,
    PRIMARY KEY (note_id, tag)
) WITHOUT ROWID;
CREATE INDEX note_tags_by_tag ON note_tags (tag COLLATE NOCASE, note_id);
