// Statements that count toward aggregates (non-negated, subject ≠ object) per relation type
// and date (stated, else the article's publication date); the caller buckets the dates.
// Undated statements fail any date range.
MATCH (st:Statement)-[:EXTRACTED_FROM]->(a:Article)
WHERE st.modality <> 'negated' AND st.type IN $relationTypes
  // A self-loop left by a merge stays stored but never counts, as in the aggregates.
  AND NOT EXISTS { (st)-[:SUBJECT]->(e:Entity)<-[:OBJECT]-(st) }
WITH st, coalesce(st.date, a.publishedAt) AS date
WHERE ($since IS NULL OR date >= $since)
  AND ($until IS NULL OR substring(date, 0, size($until)) <= $until)
RETURN st.type AS type, date, count(*) AS count
