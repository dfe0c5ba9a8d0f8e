// The most mentioned entities over all time: the stored counts are the mention totals.
MATCH (e:Entity)
WHERE ($type IS NULL OR e.type = $type) AND e.mentionCount > 0
RETURN e.key AS key, e.mentionCount AS mentions, e.articleCount AS articles
ORDER BY mentions DESC, key
LIMIT $limit
