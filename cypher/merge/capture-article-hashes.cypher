// For each merge ({index, mergedKeys}), the content hash of every article holding a mention,
// statement or quote of a merged entity: undo rewrites only the articles still stored with that
// content.
UNWIND $merges AS merge
UNWIND merge.mergedKeys AS key
MATCH (e:Entity {key: key})
CALL (e) {
  MATCH (a:Article)-[:MENTIONS]->(e)
  RETURN a
  UNION
  MATCH (e)<-[:SUBJECT|OBJECT]-(:Statement)-[:EXTRACTED_FROM]->(a:Article)
  RETURN a
  UNION
  MATCH (e)<-[:SAID_BY|QUOTE_MENTIONS]-(:Quote)-[:QUOTED_IN]->(a:Article)
  RETURN a
}
WITH DISTINCT merge.index AS index, a
RETURN index, a.id AS id, a.contentHash AS contentHash
ORDER BY index, id
