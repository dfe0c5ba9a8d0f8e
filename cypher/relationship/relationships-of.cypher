// Aggregated relationships touching each key; the date filter asks for a non-negated statement
// whose date (stated, else the article's publication date) lies in [since, until], until cut to
// its own length as everywhere (until 2025-05 keeps all of May).
UNWIND $keys AS key
MATCH (e:Entity {key: key})-[r]-(:Entity)
WHERE type(r) IN $relationTypes
  AND ($types IS NULL OR type(r) IN $types)
  AND ($minConfidence IS NULL OR r.maxConfidence >= $minConfidence)
  AND ($minSources IS NULL OR r.sourceCount >= $minSources)
WITH key, r, startNode(r) AS s, endNode(r) AS o
WITH key, r, s, o, CASE WHEN s.key = key THEN 'OUT' ELSE 'IN' END AS direction
WHERE ($direction = 'BOTH' OR direction = $direction)
  AND (($since IS NULL AND $until IS NULL) OR EXISTS {
    MATCH (s)<-[:SUBJECT]-(st:Statement {type: type(r)})-[:OBJECT]->(o),
          (st)-[:EXTRACTED_FROM]->(a:Article)
    WITH st, coalesce(st.date, a.publishedAt) AS date
    WHERE st.modality <> 'negated' AND date IS NOT NULL
      AND ($since IS NULL OR date >= $since)
      AND ($until IS NULL OR left(date, size($until)) <= $until)
  })
RETURN key, direction, type(r) AS type, s.key AS subjectKey, o.key AS objectKey,
       properties(r) AS aggregate
