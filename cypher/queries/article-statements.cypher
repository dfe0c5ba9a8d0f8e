// An article's statements (negated ones included), in reading order.
MATCH (a:Article {id: $articleId})<-[:EXTRACTED_FROM]-(st:Statement),
      (st)-[:SUBJECT]->(s:Entity), (st)-[:OBJECT]->(o:Entity)
RETURN st {.*} AS statement, s.key AS subjectKey, o.key AS objectKey,
       a {.id, .title, .url, .publishedAt, .source} AS article
ORDER BY st.evidenceStart, st.id
