-- Subscriptions. A feed's items become articles like any imported file (source_path is the
-- item's link), so entities, amounts and notes work on them the same way.
CREATE TABLE feeds (
    id                INTEGER PRIMARY KEY,
    url               TEXT    NOT NULL UNIQUE,  -- a permanent redirect updates it
    title             TEXT    NOT NULL DEFAULT '',
    site_url          TEXT    NOT NULL DEFAULT '',
    folder            TEXT    NOT NULL DEFAULT '',  -- "Korea/Business": nested folders, '/'-separated
    full_text         TEXT    NOT NULL DEFAULT 'auto'
                              CHECK (full_text IN ('auto', 'always', 'never')),
    encoding          TEXT    NOT NULL DEFAULT '',  -- the user's override of what the feed says
    interval_minutes  INTEGER NOT NULL DEFAULT 30 CHECK (interval_minutes > 0),
    -- What the last response said, for the next request and the next schedule.
    etag              TEXT    NOT NULL DEFAULT '',
    last_modified     TEXT    NOT NULL DEFAULT '',
    body_hash         TEXT    NOT NULL DEFAULT '',  -- an unchanged body is not parsed again
    next_fetch_at     TEXT    NOT NULL DEFAULT '',  -- ISO 8601 UTC; '' = now
    last_fetched_at   TEXT    NOT NULL DEFAULT '',
    last_error        TEXT    NOT NULL DEFAULT '',  -- why the last refresh failed, '' when it did not
    error_count       INTEGER NOT NULL DEFAULT 0,   -- failures in a row: the back-off
    malformed         TEXT    NOT NULL DEFAULT '',  -- why the feed is malformed, one reason a line
    created_at        TEXT    NOT NULL
);

-- Every item a feed has shown, by its identity (guid, else link, else a hash of title and
-- content): an item seen again is not stored twice, and one whose article the user deleted
-- (article_id NULL) does not come back.
CREATE TABLE feed_items (
    feed_id        INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
    item_key       TEXT    NOT NULL,
    article_id     INTEGER REFERENCES articles (id) ON DELETE SET NULL,
    -- 1: the article's text came from the item's web page (full text), not from the feed, so
    -- the feed's summary seen again does not overwrite it.
    from_page      INTEGER NOT NULL DEFAULT 0 CHECK (from_page IN (0, 1)),
    first_seen_at  TEXT    NOT NULL,
    PRIMARY KEY (feed_id, item_key)
) WITHOUT ROWID;
CREATE INDEX feed_items_by_article ON feed_items (article_id, feed_id);
