UNWIND $rows AS row
MATCH (st:Statement {id: row.id})
CALL (st) {
  MATCH (st)-[r:SUBJECT|OBJECT]->(:Entity)
  DELETE r
}
WITH st, row
MATCH (s:Entity {key: row.subjectKey}), (o:Entity {key: row.objectKey})
CREATE (st)-[:SUBJECT]->(s), (st)-[:OBJECT]->(o)
RETURN count(st) AS repointed
