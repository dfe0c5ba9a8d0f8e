// For each merge ({index, into, mergedKeys, keys}), every MENTIONS relationship to its target or
// a merged entity in the articles that mention a merged entity: what the merge rewrites and what
// its undo puts back.
UNWIND $merges AS merge
UNWIND merge.mergedKeys AS mergedKey
MATCH (a:Article)-[:MENTIONS]->(:Entity {key: mergedKey})
WITH DISTINCT merge.index AS index, merge.keys AS keys, a
MATCH (a)-[m:MENTIONS]->(e:Entity)
WHERE e.key IN keys
RETURN index, a.id AS articleId, e.key AS entityKey, properties(m) AS mention
