// Rebuilds the aggregated relationship of each triple from its statements, in the caller's
// transaction: negated statements and self-loops (left by a merge) do not count, and a triple
// with nothing left to count loses its relationship.
UNWIND $triples AS t
MATCH (s:Entity {key: t.subjectKey}), (o:Entity {key: t.objectKey})
// Lock both ends before reading statements, so concurrent writers of one triple take turns.
SET s.lockedForAggregate = true, o.lockedForAggregate = true
REMOVE s.lockedForAggregate, o.lockedForAggregate
WITH s, o, t
CALL (s, o, t) {
  MATCH (s)-[old]->(o)
  WHERE type(old) = t.type
  DELETE old
}
CALL (s, o, t) {
  OPTIONAL MATCH (s)<-[:SUBJECT]-(st:Statement {type: t.type})-[:OBJECT]->(o),
                 (st)-[:EXTRACTED_FROM]->(a:Article)
  WHERE st.modality <> 'negated' AND s <> o
  WITH st, a, coalesce(st.date, a.publishedAt) AS date
  WITH count(st) AS statementCount,
       count(DISTINCT a) AS articleCount,
       count(DISTINCT coalesce(a.source, 'article:' + a.id)) AS sourceCount,
       max(st.confidence) AS maxConfidence,
       avg(st.confidence) AS meanConfidence,
       min(date) AS firstDate,
       max(date) AS lastDate,
       collect(DISTINCT st.role) AS roleSet
  RETURN {
    statementCount: statementCount,
    articleCount: articleCount,
    sourceCount: sourceCount,
    maxConfidence: maxConfidence,
    meanConfidence: meanConfidence,
    firstDate: firstDate,
    lastDate: lastDate,
    roles: COLLECT { UNWIND roleSet AS role RETURN role ORDER BY role }
  } AS aggregate
}
WITH s, o, t, aggregate
WHERE aggregate.statementCount > 0
// Relationship types cannot be parameters: one line per type of the allow-list
// (RELATION_TYPES in src/model/entity-types.ts; a test keeps the two equal).
FOREACH (_ IN CASE WHEN t.type = 'MET_WITH' THEN [1] ELSE [] END | CREATE (s)-[r:MET_WITH]->(o) SET r = aggregate)
FOREACH (_ IN CASE WHEN t.type = 'HOSTED' THEN [1] ELSE [] END | CREATE (s)-[r:HOSTED]->(o) SET r = aggregate)
FOREACH (_ IN CASE WHEN t.type = 'VISITED' THEN [1] ELSE [] END | CREATE (s)-[r:VISITED]->(o) SET r = aggregate)
FOREACH (_ IN CASE WHEN t.type = 'ATTENDED' THEN [1] ELSE [] END | CREATE (s)-[r:ATTENDED]->(o) SET r = aggregate)
FOREACH (_ IN CASE WHEN t.type = 'LEADER_OF' THEN [1] ELSE [] END | CREATE (s)-[r:LEADER_OF]->(o) SET r = aggregate)
FOREACH (_ IN CASE WHEN t.type = 'WORKS_FOR' THEN [1] ELSE [] END | CREATE (s)-[r:WORKS_FOR]->(o) SET r = aggregate)
FOREACH (_ IN CASE WHEN t.type = 'MEMBER_OF' THEN [1] ELSE [] END | CREATE (s)-[r:MEMBER_OF]->(o) SET r = aggregate)
FOREACH (_ IN CASE WHEN t.type = 'PARTNER_OF' THEN [1] ELSE [] END | CREATE (s)-[r:PARTNER_OF]->(o) SET r = aggregate)
FOREACH (_ IN CASE WHEN t.type = 'SUPPORTS' THEN [1] ELSE [] END | CREATE (s)-[r:SUPPORTS]->(o) SET r = aggregate)
FOREACH (_ IN CASE WHEN t.type = 'OPPOSES' THEN [1] ELSE [] END | CREATE (s)-[r:OPPOSES]->(o) SET r = aggregate)
FOREACH (_ IN CASE WHEN t.type = 'ACCUSES' THEN [1] ELSE [] END | CREATE (s)-[r:ACCUSES]->(o) SET r = aggregate)
FOREACH (_ IN CASE WHEN t.type = 'IN_CONFLICT_WITH' THEN [1] ELSE [] END | CREATE (s)-[r:IN_CONFLICT_WITH]->(o) SET r = aggregate)
FOREACH (_ IN CASE WHEN t.type = 'NEGOTIATES_WITH' THEN [1] ELSE [] END | CREATE (s)-[r:NEGOTIATES_WITH]->(o) SET r = aggregate)
FOREACH (_ IN CASE WHEN t.type = 'MEDIATES' THEN [1] ELSE [] END | CREATE (s)-[r:MEDIATES]->(o) SET r = aggregate)
FOREACH (_ IN CASE WHEN t.type = 'INVOLVED_IN' THEN [1] ELSE [] END | CREATE (s)-[r:INVOLVED_IN]->(o) SET r = aggregate)
FOREACH (_ IN CASE WHEN t.type = 'LOCATED_IN' THEN [1] ELSE [] END | CREATE (s)-[r:LOCATED_IN]->(o) SET r = aggregate)
FOREACH (_ IN CASE WHEN t.type = 'HELD_IN' THEN [1] ELSE [] END | CREATE (s)-[r:HELD_IN]->(o) SET r = aggregate)
FOREACH (_ IN CASE WHEN t.type = 'PARTICIPATED_IN' THEN [1] ELSE [] END | CREATE (s)-[r:PARTICIPATED_IN]->(o) SET r = aggregate)
RETURN count(*) AS written
