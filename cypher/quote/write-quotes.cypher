// Quotes with their article, optional speaker and the entities named inside them; one row per
// quote, for any number of articles.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
CREATE (q:Quote {id: row.id})
SET q.articleId = row.articleId,
    q.text = row.text,
    q.start = toInteger(row.start),
    q.end = toInteger(row.end),
    q.confidence = toFloat(row.confidence),
    q.rule = row.rule
CREATE (q)-[:QUOTED_IN]->(a)
WITH q, row
CALL (q, row) {
  MATCH (speaker:Entity {key: row.speakerKey})
  CREATE (q)-[:SAID_BY]->(speaker)
}
CALL (q, row) {
  UNWIND row.mentionedKeys AS key
  MATCH (e:Entity {key: key})
  MERGE (q)-[:QUOTE_MENTIONS]->(e)
}
RETURN count(q) AS written
