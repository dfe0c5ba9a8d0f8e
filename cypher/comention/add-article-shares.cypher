// Adds articles' shares to CO_MENTIONED pairs (a < b by key); one row per pair, with the
// articles and their sentence counts as parallel arrays. A new pair is created with its totals in
// one step; an existing one is locked before its arrays are read, so a concurrent writer's share
// is not lost.
UNWIND $rows AS row
MATCH (a:Entity {key: row.a}), (b:Entity {key: row.b})
WITH a, b, row, [n IN row.counts | toInteger(n)] AS counts
MERGE (a)-[c:CO_MENTIONED]->(b)
ON CREATE SET c.articleIds = row.articleIds,
              c.counts = counts,
              c.count = reduce(total = 0, n IN counts | total + n),
              c.articleCount = size(row.articleIds)
ON MATCH SET c.lockedForShares = true
WITH c, row, counts
CALL (c, row, counts) {
  WITH c, row, counts WHERE c.lockedForShares = true
  REMOVE c.lockedForShares
  WITH c, c.articleIds + row.articleIds AS articleIds, c.counts + counts AS allCounts
  SET c.articleIds = articleIds,
      c.counts = allCounts,
      c.count = reduce(total = 0, n IN allCounts | total + n),
      c.articleCount = size(articleIds)
}
RETURN count(c) AS written
