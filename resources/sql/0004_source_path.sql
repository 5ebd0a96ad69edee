-- Re-importing a file whose text changed updates the article stored from that file (same id, so
-- its notes follow). The importer looks the article up by source path once per file: without an
-- index that would read every article's row, body and all. Several articles may share a path
-- (re-imports before this version each made a new article); id picks the newest.
CREATE INDEX articles_by_source ON articles (source_path, id);
