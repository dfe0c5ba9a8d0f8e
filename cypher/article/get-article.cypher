MATCH (a:Article {id: $id})
RETURN a {.*} AS article,
  COLLECT {
    MATCH (a)-[:MENTIONS]->(e:Entity) RETURN e.key AS key
    UNION
    MATCH (a)<-[:EXTRACTED_FROM]-(:Statement)-[:SUBJECT|OBJECT]->(e:Entity) RETURN e.key AS key
    UNION
    MATCH (a)<-[:QUOTED_IN]-(:Quote)-[:SAID_BY|QUOTE_MENTIONS]->(e:Entity) RETURN e.key AS key
  } AS entityKeys,
  COUNT { (a)<-[:EXTRACTED_FROM]-(:Statement) } AS statementCount,
  COUNT { (a)<-[:QUOTED_IN]-(:Quote) } AS quoteCount
