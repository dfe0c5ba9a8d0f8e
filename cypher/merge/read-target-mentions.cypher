// The target's MENTIONS in the given articles as they are now (later merges may have added
// to them).
UNWIND $articleIds AS articleId
MATCH (a:Article {id: articleId})-[m:MENTIONS]->(:Entity {key: $into})
RETURN a.id AS articleId, properties(m) AS mention
