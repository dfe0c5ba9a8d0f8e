// In the articles undo may rewrite ($articleIds null: any), gives quotes back their merged
// speaker ($rows) while the target still speaks them, and their merged mentions ($additions);
// the target's mention goes from the quotes in $removals (those not naming it before the merge).
CALL () {
  UNWIND $rows AS row
  MATCH (a:Article)<-[:QUOTED_IN]-(q:Quote {id: row.id})-[r:SAID_BY]->(:Entity {key: $into})
  WHERE $articleIds IS NULL OR a.id IN $articleIds
  MATCH (e:Entity {key: row.speakerKey})
  DELETE r
  CREATE (q)-[:SAID_BY]->(e)
}
CALL () {
  UNWIND $removals AS id
  MATCH (a:Article)<-[:QUOTED_IN]-(:Quote {id: id})-[r:QUOTE_MENTIONS]->(:Entity {key: $into})
  WHERE $articleIds IS NULL OR a.id IN $articleIds
  DELETE r
}
CALL () {
  UNWIND $additions AS row
  MATCH (a:Article)<-[:QUOTED_IN]-(q:Quote {id: row.id}), (e:Entity {key: row.entityKey})
  WHERE $articleIds IS NULL OR a.id IN $articleIds
  MERGE (q)-[:QUOTE_MENTIONS]->(e)
}
RETURN true AS done
