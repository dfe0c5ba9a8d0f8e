UNWIND $rows AS row
MATCH (e:Entity {key: row.key})
SET e.attributes = row.attributes
RETURN count(e) AS updated
