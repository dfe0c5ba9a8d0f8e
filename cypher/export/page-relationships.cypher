// One keyset page of aggregated typed relationships, ordered by (subject key, type, object key).
// The cursor is the last edge of the previous page: $fromKey, $type, $toKey ('' for the first).
// Subjects come in key order from the index, so the sort only has to finish the last subject.
// Both ends pass the entity filter of page-entities; with dates, a relationship passes when one
// of its non-negated statements is dated (stated, else article publication) in range.
MATCH (s:Entity)
WHERE s.key >= $fromKey
  AND ($types IS NULL OR s.type IN $types)
  AND ($since IS NULL OR s.lastSeen >= $since)
  AND ($until IS NULL OR left(s.firstSeen, size($until)) <= $until)
MATCH (s)-[r]->(o:Entity)
WHERE type(r) IN $relationTypes
  AND (s.key > $fromKey OR type(r) > $type OR (type(r) = $type AND o.key > $toKey))
  AND ($types IS NULL OR o.type IN $types)
  AND ($since IS NULL OR o.lastSeen >= $since)
  AND ($until IS NULL OR left(o.firstSeen, size($until)) <= $until)
  AND (($since IS NULL AND $until IS NULL) OR EXISTS {
    MATCH (s)<-[:SUBJECT]-(st:Statement {type: type(r)})-[:OBJECT]->(o),
          (st)-[:EXTRACTED_FROM]->(a:Article)
    WITH st, coalesce(st.date, a.publishedAt) AS date
    WHERE st.modality <> 'negated' AND date IS NOT NULL
      AND ($since IS NULL OR date >= $since)
      AND ($until IS NULL OR left(date, size($until)) <= $until)
  })
RETURN s.key AS source, type(r) AS type, o.key AS target,
       r.statementCount AS statementCount, r.articleCount AS articleCount,
       r.sourceCount AS sourceCount, r.maxConfidence AS maxConfidence,
       r.meanConfidence AS meanConfidence, r.firstDate AS firstDate, r.lastDate AS lastDate,
       coalesce(r.roles, []) AS roles
ORDER BY source, type, target
LIMIT $limit
