MATCH (q:Quote)-[:QUOTED_IN]->(a:Article)
OPTIONAL MATCH (q)-[:SAID_BY]->(speaker:Entity)
RETURN q.id AS id, a.id AS articleId, speaker.key AS speakerKey
ORDER BY id
