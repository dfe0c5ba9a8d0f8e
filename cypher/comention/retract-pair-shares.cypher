// Takes articles' shares out of the given CO_MENTIONED pairs ({a, b, articleIds} rows, a < b by
// key, the articles whose mentions put them there); a pair left with no article goes. For a
// merge, which changes only the pairs of the entities it rewrites: every other pair of the
// articles it touches keeps its share as it is.
UNWIND $rows AS row
MATCH (:Entity {key: row.a})-[c:CO_MENTIONED]->(:Entity {key: row.b})
// Lock before reading the arrays, so a concurrent writer's share is not lost.
SET c.lockedForShares = true
REMOVE c.lockedForShares
WITH c, row, [i IN range(0, size(c.articleIds) - 1) WHERE NOT c.articleIds[i] IN row.articleIds] AS keep
WHERE size(keep) < size(c.articleIds)
SET c.articleIds = [i IN keep | c.articleIds[i]],
    c.counts = [i IN keep | c.counts[i]]
SET c.count = reduce(total = 0, n IN c.counts | total + n),
    c.articleCount = size(c.articleIds)
FOREACH (_ IN CASE WHEN size(keep) = 0 THEN [1] ELSE [] END | DELETE c)
RETURN count(*) AS retracted
