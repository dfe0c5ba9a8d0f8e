// Points each statement end a merge moved back at its merged entity, while it still points at
// the target, in the articles undo may rewrite ($articleIds null: in any article).
UNWIND $rows AS row
MATCH (st:Statement {id: row.id})-[:EXTRACTED_FROM]->(a:Article)
WHERE $articleIds IS NULL OR a.id IN $articleIds
CALL (st, row) {
  MATCH (st)-[r:SUBJECT]->(:Entity {key: $into})
  WHERE row.subjectKey IS NOT NULL
  MATCH (e:Entity {key: row.subjectKey})
  DELETE r
  CREATE (st)-[:SUBJECT]->(e)
}
CALL (st, row) {
  MATCH (st)-[r:OBJECT]->(:Entity {key: $into})
  WHERE row.objectKey IS NOT NULL
  MATCH (e:Entity {key: row.objectKey})
  DELETE r
  CREATE (st)-[:OBJECT]->(e)
}
RETURN count(st) AS restored
