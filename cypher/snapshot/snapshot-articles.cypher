MATCH (a:Article)
RETURN a.id AS id, a.contentHash AS contentHash, a.source AS source
ORDER BY id
