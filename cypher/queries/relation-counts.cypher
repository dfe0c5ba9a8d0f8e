// Non-negated statements per relation type and date (stated, else the article's publication
// date); the caller buckets the dates. Undated statements fail any date range.
MATCH (st:Statement)-[:EXTRACTED_FROM]->(a:Article)
WHERE st.modality <> 'negated' AND st.type IN $relationTypes
WITH st, coalesce(st.date, a.publishedAt) AS date
WHERE ($since IS NULL OR date >= $since) AND ($until IS NULL OR date <= $until)
RETURN st.type AS type, date, count(*) AS count
