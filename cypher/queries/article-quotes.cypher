// An article's quotes in reading order, with their speaker when attributed.
MATCH (a:Article {id: $articleId})<-[:QUOTED_IN]-(q:Quote)
OPTIONAL MATCH (q)-[:SAID_BY]->(speaker:Entity)
RETURN q {.*} AS quote, speaker.key AS speakerKey, a.id AS articleId,
       COLLECT { MATCH (q)-[:QUOTE_MENTIONS]->(e:Entity) RETURN e.key ORDER BY e.key } AS mentionedKeys
ORDER BY q.start, q.id
