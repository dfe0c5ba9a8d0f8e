// Takes the given articles' shares out of every CO_MENTIONED pair they contributed to; a pair
// left with no article goes. Called before the articles' mentions change, so an article's shares
// lie exactly between the entities it mentions in one sentence (coMentionsFromMentions): only
// those pairs are visited — not every pair of a hub entity the article mentions, which also
// spared locking (writing) thousands of unrelated relationships.
UNWIND $articleIds AS articleId
MATCH (:Article {id: articleId})-[m:MENTIONS]->(x:Entity)
WITH articleId, collect({entity: x, sentences: m.sentences}) AS mentioned
UNWIND mentioned AS mx
UNWIND mentioned AS my
WITH mx, my
WHERE mx.entity.key < my.entity.key AND any(s IN mx.sentences WHERE s IN my.sentences)
WITH mx.entity AS x, my.entity AS y
MATCH (x)-[c:CO_MENTIONED]->(y)
WITH DISTINCT c
// Lock before reading the arrays, so a concurrent writer's share is not lost.
SET c.lockedForShares = true
REMOVE c.lockedForShares
WITH c, [i IN range(0, size(c.articleIds) - 1) WHERE NOT c.articleIds[i] IN $articleIds] AS keep
WHERE size(keep) < size(c.articleIds)
SET c.articleIds = [i IN keep | c.articleIds[i]],
    c.counts = [i IN keep | c.counts[i]]
SET c.count = reduce(total = 0, n IN c.counts | total + n),
    c.articleCount = size(c.articleIds)
FOREACH (_ IN CASE WHEN size(keep) = 0 THEN [1] ELSE [] END | DELETE c)
RETURN count(*) AS retracted
