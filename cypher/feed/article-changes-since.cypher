// The change feed after change number $after, oldest first: each article at its latest change,
// with the keys of the entities it names (sorted).
MATCH (a:Article)
WHERE a.changeSeq > $after
WITH a ORDER BY a.changeSeq LIMIT $limit
RETURN a.changeSeq AS seq, a.id AS articleId, a.changeStatus AS status,
  COLLECT {
    MATCH (a)-[:MENTIONS]->(e:Entity)
    WITH DISTINCT e.key AS key
    RETURN key ORDER BY key
  } AS entityKeys
ORDER BY seq
