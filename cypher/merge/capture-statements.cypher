UNWIND $mergedKeys AS mergedKey
MATCH (:Entity {key: mergedKey})<-[:SUBJECT|OBJECT]-(st:Statement)
WITH DISTINCT st
MATCH (st)-[:SUBJECT]->(s:Entity), (st)-[:OBJECT]->(o:Entity)
RETURN st.id AS id, st.type AS type, s.key AS subjectKey, o.key AS objectKey
