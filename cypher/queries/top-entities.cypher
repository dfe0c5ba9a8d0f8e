// The most mentioned entities over all time: the stored counts are the mention totals, read in
// the order of the entity_mention_count index (migration 003), so only the top rows are touched.
MATCH (e:Entity)
WHERE e.mentionCount > 0
WITH e
ORDER BY e.mentionCount DESC, e.key
LIMIT $limit
RETURN e.key AS key, e.mentionCount AS mentions, e.articleCount AS articles
