// The relationship triples of the given statements as they point now.
UNWIND $ids AS id
MATCH (s:Entity)<-[:SUBJECT]-(st:Statement {id: id})-[:OBJECT]->(o:Entity)
RETURN DISTINCT s.key AS subjectKey, st.type AS type, o.key AS objectKey
