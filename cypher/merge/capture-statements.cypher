// For each merge ({index, mergedKeys}), the statements a merged entity is the subject or object
// of, with both their ends as they are.
UNWIND $merges AS merge
UNWIND merge.mergedKeys AS mergedKey
MATCH (:Entity {key: mergedKey})<-[:SUBJECT|OBJECT]-(st:Statement)
WITH DISTINCT merge.index AS index, st
MATCH (st)-[:SUBJECT]->(s:Entity), (st)-[:OBJECT]->(o:Entity)
RETURN index, st.id AS id, st.type AS type, s.key AS subjectKey, o.key AS objectKey
