MATCH (m:MergeRecord {id: $id})
SET m.undoneAt = $at, m.undoneBy = $by
RETURN m.id AS id
