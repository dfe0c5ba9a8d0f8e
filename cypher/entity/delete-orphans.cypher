// Entities nothing refers to any more go, unless an analyst curated them.
UNWIND $keys AS key
MATCH (e:Entity {key: key})
WHERE NOT e.curated
  AND NOT EXISTS { (e)<-[:MENTIONS|SUBJECT|OBJECT|SAID_BY|QUOTE_MENTIONS]-() }
DETACH DELETE e
WITH key
CALL (key) {
  MATCH (f:NameForm {entityKey: key})
  DELETE f
}
RETURN count(*) AS deleted
