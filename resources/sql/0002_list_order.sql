-- The library list sorts by date, headline or outlet over 100,000 rows and must page through
-- them without a sort step: one index per order, each ending in id so that ties are stable.
-- "Date" is the published date when the text had one and the import date otherwise.
ALTER TABLE articles ADD COLUMN sort_date TEXT NOT NULL DEFAULT '';
UPDATE articles SET sort_date = CASE WHEN published <> '' THEN published ELSE imported_at END;
CREATE INDEX articles_by_date ON articles (sort_date, id);
CREATE INDEX articles_by_headline ON articles (headline COLLATE NOCASE, id);
CREATE INDEX articles_by_outlet ON articles (outlet COLLATE NOCASE, sort_date, id);
