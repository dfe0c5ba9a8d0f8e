// Adds articles' shares to CO_MENTIONED pairs (a < b by key); one row per pair, with the
// articles and their sentence counts as parallel arrays.
UNWIND $rows AS row
MATCH (a:Entity {key: row.a}), (b:Entity {key: row.b})
MERGE (a)-[c:CO_MENTIONED]->(b)
ON CREATE SET c.articleIds = [], c.counts = []
// Lock before reading the arrays, so a concurrent writer's share is not lost.
SET c.lockedForShares = true
REMOVE c.lockedForShares
WITH c, row
SET c.articleIds = c.articleIds + row.articleIds,
    c.counts = c.counts + [n IN row.counts | toInteger(n)]
SET c.count = reduce(total = 0, n IN c.counts | total + n),
    c.articleCount = size(c.articleIds)
RETURN count(c) AS written
