UNWIND $rows AS row
MATCH (q:Quote {id: row.id}), (speaker:Entity {key: row.speakerKey})
CALL (q) {
  MATCH (q)-[r:SAID_BY]->(:Entity)
  DELETE r
}
CREATE (q)-[:SAID_BY]->(speaker)
RETURN count(q) AS repointed
