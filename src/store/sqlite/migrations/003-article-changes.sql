-- The change feed (GraphStore.articleChangesSince): every write that creates or replaces an
-- article gives it the next number of a counter that never goes back (deleting the newest
-- article must not hand its number out again). SQLite lets one writer in at a time, so the
-- numbers follow commit order, and a server reading the feed misses no write of another
-- process. Articles written before this migration have no number: they are not news.
CREATE TABLE article_change_counter (
  id  INTEGER PRIMARY KEY CHECK (id = 1),
  seq INTEGER NOT NULL
);
INSERT INTO article_change_counter (id, seq) VALUES (1, 0);
ALTER TABLE articles ADD COLUMN change_seq INTEGER;
ALTER TABLE articles ADD COLUMN change_status TEXT CHECK (change_status IN ('created', 'updated'));
CREATE UNIQUE INDEX articles_change_seq ON articles (change_seq) WHERE change_seq IS NOT NULL;
