// Per article touching the entity: its date (publishedAt, else ingestedAt), the entity's
// mentions there and the statements there with the entity as subject or object.
MATCH (e:Entity {key: $key})
CALL (e) {
  MATCH (a:Article)-[m:MENTIONS]->(e)
  RETURN a, m.count AS mentions, 0 AS statements
  UNION ALL
  MATCH (e)<-[:SUBJECT|OBJECT]-(st:Statement)-[:EXTRACTED_FROM]->(a:Article)
  RETURN a, 0 AS mentions, count(DISTINCT st) AS statements
}
WITH a, sum(mentions) AS mentions, sum(statements) AS statements
WITH coalesce(a.publishedAt, a.ingestedAt) AS date, mentions, statements
WHERE ($since IS NULL OR date >= $since)
  AND ($until IS NULL OR substring(date, 0, size($until)) <= $until)
RETURN date, mentions, statements
