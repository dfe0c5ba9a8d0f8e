MATCH (st:Statement)-[:SUBJECT]->(s:Entity), (st)-[:OBJECT]->(o:Entity),
      (st)-[:EXTRACTED_FROM]->(a:Article)
RETURN st.id AS id, st.type AS type, s.key AS subjectKey, o.key AS objectKey,
       st.confidence AS confidence, st.rule AS rule, st.modality AS modality, a.id AS articleId
ORDER BY id
