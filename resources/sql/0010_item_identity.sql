-- Whether a feed's guids and links can be trusted to tell its items apart. Some feeds give every
-- item the same guid, or link every item to the home page: trusting them would keep one item
-- and drop (or overwrite) the others. A refresh that sees two different items share one turns
-- the flag off for good, and the feed's items are told apart by what is left (their link, else
-- a hash of title and content; their own source instead of the shared link).
ALTER TABLE feeds ADD COLUMN guids_trusted INTEGER NOT NULL DEFAULT 1 CHECK (guids_trusted IN (0, 1));
ALTER TABLE feeds ADD COLUMN links_trusted INTEGER NOT NULL DEFAULT 1 CHECK (links_trusted IN (0, 1));
