MATCH (a:Entity)-[c:CO_MENTIONED]->(b:Entity)
RETURN a.key AS a, b.key AS b, c.count AS count, c.articleCount AS articleCount
ORDER BY a, b
