// What an article's content touches: every entity it refers to and every statement triple.
MATCH (a:Article {id: $id})
RETURN
  COLLECT {
    MATCH (a)-[:MENTIONS]->(e:Entity) RETURN e.key
    UNION
    MATCH (a)<-[:EXTRACTED_FROM]-(:Statement)-[:SUBJECT|OBJECT]->(e:Entity) RETURN e.key
    UNION
    MATCH (a)<-[:QUOTED_IN]-(:Quote)-[:SAID_BY|QUOTE_MENTIONS]->(e:Entity) RETURN e.key
  } AS entityKeys,
  COLLECT {
    MATCH (a)<-[:EXTRACTED_FROM]-(st:Statement)-[:SUBJECT]->(s:Entity),
          (st)-[:OBJECT]->(o:Entity)
    RETURN DISTINCT {subjectKey: s.key, type: st.type, objectKey: o.key}
  } AS triples
