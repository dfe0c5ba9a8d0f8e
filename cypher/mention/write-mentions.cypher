// One MENTIONS relationship per article and entity, mentions as parallel arrays ordered by start;
// one row per article and entity, for any number of articles. Created with its properties in one
// step rather than created and then set property by property.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId}), (e:Entity {key: row.entityKey})
CREATE (a)-[m:MENTIONS {
  count: size(row.starts),
  starts: [x IN row.starts | toInteger(x)],
  ends: [x IN row.ends | toInteger(x)],
  texts: row.texts,
  sentences: [x IN row.sentences | toInteger(x)],
  confidences: [x IN row.confidences | toFloat(x)],
  sources: row.sources,
  candidates: row.candidates
}]->(e)
RETURN count(m) AS written
