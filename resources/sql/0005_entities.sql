-- The library-wide entity index: one row per person, organization or place (its canonical name
-- and type), one row per mention of it in an article, and the user's corrections, which every
-- analysis applies and which always win over the recogniser. Dates, times and amounts are not
-- indexed: they are read in their article, not followed across the library.
CREATE TABLE entities (
    id    INTEGER PRIMARY KEY,
    kind  TEXT    NOT NULL CHECK (kind IN ('PERSON', 'ORG', 'LOCATION')),
    name  TEXT    NOT NULL,
    UNIQUE (name, kind)
);

-- Positions count code points in the article's canonical text, as notes do, so that "the notes
-- that mention X" is a join on overlapping ranges.
CREATE TABLE mentions (
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start_pos   INTEGER NOT NULL CHECK (start_pos >= 0),
    end_pos     INTEGER NOT NULL CHECK (end_pos > start_pos),
    entity_id   INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    surface     TEXT    NOT NULL,  -- the text as written: "최 회장" for 최태원
    PRIMARY KEY (article_id, start_pos)
) WITHOUT ROWID;
CREATE INDEX mentions_by_entity ON mentions (entity_id, article_id);

-- Which analysis an article's mentions come from: re-analysis picks the articles whose row is
-- missing, made by another analyzer (a new model), or made on other text (a re-import).
CREATE TABLE article_analysis (
    article_id    INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    analyzer      TEXT    NOT NULL,
    content_hash  TEXT    NOT NULL
);

-- mark:   every occurrence of `surface` (at word boundaries, particles allowed after it) is an
--         entity of `kind`, named `target` (or `surface` when empty);
-- remove: `surface` is not an entity of `kind`, wherever the recogniser finds it;
-- merge:  the entity `surface` of `kind` is the entity `target` of `target_kind`.
-- AUTOINCREMENT: an id names one correction for good (undo, `entities forget`), never reused.
CREATE TABLE entity_corrections (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    action       TEXT    NOT NULL CHECK (action IN ('mark', 'remove', 'merge')),
    surface      TEXT    NOT NULL CHECK (length(surface) > 0),
    kind         TEXT    NOT NULL CHECK (kind IN ('PERSON', 'ORG', 'LOCATION')),
    target       TEXT    NOT NULL DEFAULT '',
    target_kind  TEXT    NOT NULL DEFAULT '',
    created_at   TEXT    NOT NULL,
    UNIQUE (surface, kind, action)
);
