// For each of $keys, every entity named in a sentence with it and the pair's stored totals,
// most often first (as queries/cooccurrences without a date range), each with its type.
UNWIND $keys AS key
MATCH (:Entity {key: key})-[c:CO_MENTIONED]-(other:Entity)
WHERE c.articleCount > 0
RETURN key, other.key AS other, other.type AS type, c.count AS count,
  c.articleCount AS articleCount
ORDER BY key, count DESC, articleCount DESC, other
