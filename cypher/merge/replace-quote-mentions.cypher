// Removes, then adds, QUOTE_MENTIONS links given as {id, entityKey} rows.
CALL () {
  UNWIND $removals AS row
  MATCH (:Quote {id: row.id})-[r:QUOTE_MENTIONS]->(:Entity {key: row.entityKey})
  DELETE r
}
CALL () {
  UNWIND $additions AS row
  MATCH (q:Quote {id: row.id}), (e:Entity {key: row.entityKey})
  MERGE (q)-[:QUOTE_MENTIONS]->(e)
}
RETURN true AS done
