// One MENTIONS relationship per article and entity, mentions as parallel arrays ordered by start;
// one row per article and entity, for any number of articles.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId}), (e:Entity {key: row.entityKey})
CREATE (a)-[m:MENTIONS]->(e)
SET m.count = size(row.starts),
    m.starts = [x IN row.starts | toInteger(x)],
    m.ends = [x IN row.ends | toInteger(x)],
    m.texts = row.texts,
    m.sentences = [x IN row.sentences | toInteger(x)],
    m.confidences = [x IN row.confidences | toFloat(x)],
    m.sources = row.sources,
    m.candidates = row.candidates
RETURN count(m) AS written
