MATCH (e:Entity)
RETURN e.key AS key, e.type AS type, e.name AS name, e.aliases AS aliases,
       e.mentionCount AS mentionCount, e.articleCount AS articleCount
ORDER BY key
