// Changes articles' shares in CO_MENTIONED pairs ({a, b, removeIds, addIds, addCounts} rows, a < b
// by key): the shares of removeIds go, those of addIds come with their sentence counts; a pair
// left with no article goes, a pair that did not exist is created. A merge passes only the pairs
// whose shares it changes: every other pair of the articles it touches stays as it is.
UNWIND $rows AS row
MATCH (a:Entity {key: row.a}), (b:Entity {key: row.b})
MERGE (a)-[c:CO_MENTIONED]->(b)
ON CREATE SET c.articleIds = [], c.counts = []
// Lock before reading the arrays, so a concurrent writer's share is not lost.
SET c.lockedForShares = true
REMOVE c.lockedForShares
WITH c, row, [i IN range(0, size(c.articleIds) - 1) WHERE NOT c.articleIds[i] IN row.removeIds] AS keep
SET c.articleIds = [i IN keep | c.articleIds[i]] + row.addIds,
    c.counts = [i IN keep | c.counts[i]] + [n IN row.addCounts | toInteger(n)]
SET c.count = reduce(total = 0, n IN c.counts | total + n),
    c.articleCount = size(c.articleIds)
FOREACH (_ IN CASE WHEN size(c.articleIds) = 0 THEN [1] ELSE [] END | DELETE c)
RETURN count(*) AS changed
