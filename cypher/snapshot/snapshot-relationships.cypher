MATCH (s:Entity)-[r]->(o:Entity)
WHERE type(r) IN $relationTypes
RETURN type(r) AS type, s.key AS subjectKey, o.key AS objectKey, properties(r) AS aggregate
ORDER BY subjectKey, type, objectKey
