// Quotes with their article, optional speaker and the entities named inside them; one row per
// quote, for any number of articles. Created with its properties in one step rather than created
// and then set property by property.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
CREATE (q:Quote {
  id: row.id,
  articleId: row.articleId,
  text: row.text,
  start: toInteger(row.start),
  end: toInteger(row.end),
  confidence: toFloat(row.confidence),
  rule: row.rule
})
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
