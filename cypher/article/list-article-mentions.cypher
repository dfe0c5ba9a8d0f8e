// The entity and sentence of every mention of the given articles, to derive co-mentions from.
UNWIND $articleIds AS articleId
MATCH (:Article {id: articleId})-[m:MENTIONS]->(e:Entity)
RETURN articleId, e.key AS entityKey, m.sentences AS sentences
