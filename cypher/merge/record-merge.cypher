CREATE (m:MergeRecord {id: $id})
SET m.into = $into, m.merged = $merged, m.by = $by, m.reason = $reason, m.at = $at, m.undo = $undo
RETURN m.id AS id
