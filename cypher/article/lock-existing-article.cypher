MATCH (a:Article {id: $id})
SET a.lockedForDelete = true
REMOVE a.lockedForDelete
RETURN a.id AS id
