UNWIND $keys AS key
MATCH (e:Entity {key: key})
DETACH DELETE e
RETURN count(*) AS deleted
