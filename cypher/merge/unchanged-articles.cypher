// Of the articles a merge recorded, those still stored with the content they had then.
UNWIND $rows AS row
MATCH (a:Article {id: row.id})
WHERE a.contentHash = row.contentHash
RETURN a.id AS id
