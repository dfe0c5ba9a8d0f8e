// Every MENTIONS relationship to the target or a merged entity in the articles that mention a
// merged entity: what the merge rewrites and what its undo puts back.
UNWIND $mergedKeys AS mergedKey
MATCH (a:Article)-[:MENTIONS]->(:Entity {key: mergedKey})
WITH DISTINCT a
MATCH (a)-[m:MENTIONS]->(e:Entity)
WHERE e.key IN $keys
RETURN a.id AS articleId, e.key AS entityKey, properties(m) AS mention
