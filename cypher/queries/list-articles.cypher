// Articles by date range, source and mentioned entities (all of them), newest first. With
// mentions the scan starts from the first entity's articles instead of every article.
CALL () {
  WITH 1 AS _ WHERE size($mentions) = 0
  MATCH (a:Article)
  RETURN a
  UNION
  WITH 1 AS _ WHERE size($mentions) > 0
  MATCH (:Entity {key: $mentions[0]})<-[:MENTIONS]-(a:Article)
  RETURN a
}
WITH a, coalesce(a.publishedAt, a.ingestedAt) AS date
WHERE ($since IS NULL OR date >= $since)
  AND ($until IS NULL OR substring(date, 0, size($until)) <= $until)
  AND ($source IS NULL OR a.source = $source)
  AND all(key IN $mentions WHERE EXISTS { (a)-[:MENTIONS]->(:Entity {key: key}) })
WITH a, date
ORDER BY date DESC, a.id
SKIP $offset
LIMIT $limit
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
