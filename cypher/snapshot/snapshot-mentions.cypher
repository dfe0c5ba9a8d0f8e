MATCH (a:Article)-[m:MENTIONS]->(e:Entity)
RETURN a.id AS articleId, e.key AS entityKey, m.starts AS starts, m.ends AS ends
