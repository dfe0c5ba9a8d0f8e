// Entities nothing refers to any more go, unless an analyst curated them.
UNWIND $keys AS key
MATCH (e:Entity {key: key})
WHERE NOT e.curated
  AND NOT EXISTS { (e)<-[:MENTIONS|SUBJECT|OBJECT|SAID_BY|QUOTE_MENTIONS]-() }
DETACH DELETE e
RETURN count(*) AS deleted
