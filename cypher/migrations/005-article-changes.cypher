// The change feed (GraphStore.articleChangesSince): each write that creates or replaces articles
// numbers them from one counter node, whose write lock the transaction holds until it commits,
// so the numbers follow commit order and a follower misses no write of another process.
CREATE CONSTRAINT article_change_counter_id IF NOT EXISTS
FOR (c:ArticleChangeCounter) REQUIRE c.id IS UNIQUE;
CREATE INDEX article_change_seq IF NOT EXISTS FOR (a:Article) ON (a.changeSeq);
MERGE (c:ArticleChangeCounter {id: 'articles'}) ON CREATE SET c.seq = 0;
