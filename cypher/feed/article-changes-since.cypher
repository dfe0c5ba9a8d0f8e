// The change feed after change number $after, oldest first: each article at its latest change,
// with the keys of the entities it names (sorted). Only up to $upTo, the counter as read just
// before: every change up to it has committed (its writer held the counter until then), while a
// read past it could see change 10 committed and not yet 9, and the follower would skip 9.
MATCH (a:Article)
WHERE a.changeSeq > $after AND a.changeSeq <= $upTo
WITH a ORDER BY a.changeSeq LIMIT $limit
RETURN a.changeSeq AS seq, a.id AS articleId, a.changeStatus AS status,
  COLLECT {
    MATCH (a)-[:MENTIONS]->(e:Entity)
    WITH DISTINCT e.key AS key
    RETURN key ORDER BY key
  } AS entityKeys
ORDER BY seq
