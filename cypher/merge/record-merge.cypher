UNWIND $rows AS row
CREATE (m:MergeRecord {id: row.id})
SET m.into = row.into, m.merged = row.merged, m.by = row.by, m.reason = row.reason,
    m.at = row.at, m.undo = row.undo
RETURN count(m) AS recorded
