-- Saved searches (issue 12): a query of the search language (core/search/search_query.h) under a
-- name the user gave it, shown in the sidebar with its count. The store validates the query with
-- the parser before it writes one; names are unique ignoring case, as the sidebar shows them.
CREATE TABLE saved_searches (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    query       TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
