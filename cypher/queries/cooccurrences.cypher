// Entities co-mentioned with the key (sentence co-occurrence), most often first, with what PMI
// needs: the pair's count and article count, each entity's article count and the number of
// articles, all over the articles dated (publishedAt, else ingestedAt) in range (since ≤ date,
// date's prefix as long as until ≤ until); without a range the stored totals answer.
MATCH (e:Entity {key: $key})
CALL () {
  MATCH (a:Article)
  WITH coalesce(a.publishedAt, a.ingestedAt) AS date
  WHERE ($since IS NULL OR date >= $since)
    AND ($until IS NULL OR substring(date, 0, size($until)) <= $until)
  RETURN count(*) AS articles
}
MATCH (e)-[c:CO_MENTIONED]-(other:Entity)
WHERE $types IS NULL OR other.type IN $types
CALL (c) {
  WITH c WHERE $since IS NULL AND $until IS NULL
  RETURN c.count AS count, c.articleCount AS articleCount
  UNION
  WITH c WHERE $since IS NOT NULL OR $until IS NOT NULL
  UNWIND range(0, size(c.articleIds) - 1) AS i
  MATCH (a:Article {id: c.articleIds[i]})
  WITH c.counts[i] AS share, coalesce(a.publishedAt, a.ingestedAt) AS date
  WHERE ($since IS NULL OR date >= $since)
    AND ($until IS NULL OR substring(date, 0, size($until)) <= $until)
  RETURN sum(share) AS count, count(*) AS articleCount
}
WITH e, other, count, articleCount, articles
WHERE articleCount > 0
ORDER BY count DESC, articleCount DESC, other.key
LIMIT $limit
RETURN other.key AS key, count, articleCount, articles,
  [x IN [e, other] |
    CASE WHEN $since IS NULL AND $until IS NULL THEN x.articleCount
    ELSE COUNT {
      MATCH (a:Article)-[:MENTIONS]->(x)
      WITH coalesce(a.publishedAt, a.ingestedAt) AS date
      WHERE ($since IS NULL OR date >= $since)
        AND ($until IS NULL OR substring(date, 0, size($until)) <= $until)
    } END
  ] AS entityArticleCounts
