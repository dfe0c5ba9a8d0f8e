// Newest article first (undated last), then by position in the article.
MATCH (q:Quote)-[:SAID_BY]->(speaker:Entity {key: $speakerKey}), (q)-[:QUOTED_IN]->(a:Article)
RETURN q {.*} AS quote, speaker.key AS speakerKey, a.id AS articleId,
       COLLECT { MATCH (q)-[:QUOTE_MENTIONS]->(e:Entity) RETURN e.key ORDER BY e.key } AS mentionedKeys
ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, q.start, q.id
SKIP $offset
LIMIT $limit
