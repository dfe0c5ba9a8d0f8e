// Replaces, for each merge's scope ({articleIds, keys}: the articles mentioning a merged entity,
// the target and merged keys), every MENTIONS relationship to those keys in those articles by
// the $rows that combine them on the target. Scopes of one call share no key.
CALL () {
  UNWIND $scopes AS scope
  UNWIND scope.articleIds AS articleId
  MATCH (:Article {id: articleId})-[m:MENTIONS]->(e:Entity)
  WHERE e.key IN scope.keys
  DELETE m
}
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
