// The most mentioned entities counting only articles dated (publishedAt, else ingestedAt) in
// range: since ≤ date, and date's prefix as long as until ≤ until (until a day includes it all).
MATCH (a:Article)
WITH a, coalesce(a.publishedAt, a.ingestedAt) AS date
WHERE ($since IS NULL OR date >= $since)
  AND ($until IS NULL OR substring(date, 0, size($until)) <= $until)
MATCH (a)-[m:MENTIONS]->(e:Entity)
WHERE $type IS NULL OR e.type = $type
RETURN e.key AS key, sum(m.count) AS mentions, count(a) AS articles
ORDER BY mentions DESC, key
LIMIT $limit
