// The most mentioned entities of one type over all time, read in the order of the
// entity_type_mention_count index (migration 003), so only the top rows are touched. Ordering
// by the constant type first lets the planner take the composite index's order.
MATCH (e:Entity)
USING INDEX e:Entity(type, mentionCount)
WHERE e.type = $type AND e.mentionCount > 0
WITH e
ORDER BY e.type DESC, e.mentionCount DESC, e.key
LIMIT $limit
RETURN e.key AS key, e.mentionCount AS mentions, e.articleCount AS articles
