// The ingest fast path for entities only brand-new articles touched: their mentions add to the
// stored counts (rows computed from the new articles, one per entity, keys sorted), instead of
// re-reading every mention of a hub entity. Updates, deletes and merges recompute instead.
UNWIND $rows AS row
MATCH (e:Entity {key: row.key})
// Lock before reading the counts, so two writers adding to one entity add one after the other.
SET e.lockedForCounts = true
REMOVE e.lockedForCounts
WITH e, row
SET e.mentionCount = coalesce(e.mentionCount, 0) + row.mentions,
    e.articleCount = coalesce(e.articleCount, 0) + row.articles,
    e.firstSeen = CASE WHEN e.firstSeen IS NULL OR row.firstSeen < e.firstSeen
                       THEN row.firstSeen ELSE e.firstSeen END,
    e.lastSeen = CASE WHEN e.lastSeen IS NULL OR row.lastSeen > e.lastSeen
                      THEN row.lastSeen ELSE e.lastSeen END
RETURN count(e) AS updated
