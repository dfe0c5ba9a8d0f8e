// mentionCount, articleCount and first/last seen (publishedAt, else ingestedAt) from mentions.
UNWIND $keys AS key
MATCH (e:Entity {key: key})
// Lock before counting, so two writers touching one entity count one after the other.
SET e.lockedForCounts = true
REMOVE e.lockedForCounts
WITH e
CALL (e) {
  OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(e)
  WITH a, m, coalesce(a.publishedAt, a.ingestedAt) AS seen
  RETURN sum(m.count) AS mentionCount, count(DISTINCT a) AS articleCount,
         min(seen) AS firstSeen, max(seen) AS lastSeen
}
SET e.mentionCount = mentionCount,
    e.articleCount = articleCount,
    e.firstSeen = firstSeen,
    e.lastSeen = lastSeen
RETURN count(e) AS updated
