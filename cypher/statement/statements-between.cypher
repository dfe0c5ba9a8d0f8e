MATCH (s:Entity {key: $subjectKey})<-[:SUBJECT]-(st:Statement {type: $type})-[:OBJECT]->(o:Entity {key: $objectKey}),
      (st)-[:EXTRACTED_FROM]->(a:Article)
RETURN st {.*} AS statement, s.key AS subjectKey, o.key AS objectKey,
       a {.id, .title, .url, .publishedAt, .source} AS article
ORDER BY st.confidence DESC, st.id
