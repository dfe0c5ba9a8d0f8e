// Reified claims: (:Statement)-[:SUBJECT|OBJECT]->(:Entity), -[:EXTRACTED_FROM]->(:Article); one row
// per statement, for any number of articles. Created with its properties in one step rather than
// created and then set property by property (a null value leaves the property out, as SET does).
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId}),
      (s:Entity {key: row.subjectKey}),
      (o:Entity {key: row.objectKey})
CREATE (st:Statement {
  id: row.id,
  type: row.type,
  articleId: row.articleId,
  confidence: toFloat(row.confidence),
  rule: row.rule,
  modality: row.modality,
  evidenceText: row.evidenceText,
  evidenceStart: toInteger(row.evidenceStart),
  evidenceEnd: toInteger(row.evidenceEnd),
  sentence: toInteger(row.sentence),
  date: row.date,
  datePrecision: row.datePrecision,
  role: row.role
})
CREATE (st)-[:SUBJECT]->(s), (st)-[:OBJECT]->(o), (st)-[:EXTRACTED_FROM]->(a)
RETURN count(st) AS written
