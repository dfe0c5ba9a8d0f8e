// Rebuilds the aggregated relationship of each triple from its statements, in the caller's
// transaction: negated statements and self-loops (left by a merge) do not count, and a triple
// with nothing left to count loses its relationship. The relationship type is the triple's own,
// written with a dynamic type (Neo4j 5.26) and only when it is one of $relationTypes
// (RELATION_TYPES in src/model/entity-types.ts).
UNWIND $triples AS t
WITH t WHERE t.type IN $relationTypes
MATCH (s:Entity {key: t.subjectKey}), (o:Entity {key: t.objectKey})
// Lock both ends before reading statements, so concurrent writers of one triple take turns.
SET s.lockedForAggregate = true, o.lockedForAggregate = true
REMOVE s.lockedForAggregate, o.lockedForAggregate
WITH s, o, t
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
CALL (s, o, t, aggregate) {
  OPTIONAL MATCH (s)-[old:$(t.type)]->(o)
  DELETE old
  WITH DISTINCT s, o, t, aggregate
  WHERE aggregate.statementCount > 0
  CREATE (s)-[r:$(t.type)]->(o)
  SET r = aggregate
}
RETURN count(*) AS written
