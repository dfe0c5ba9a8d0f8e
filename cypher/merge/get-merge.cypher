// A merge not yet undone. The lock comes before the check, so of two concurrent undos of one
// merge the second sees the first's mark and finds nothing.
MATCH (m:MergeRecord {id: $id})
SET m.lockedForUndo = true
REMOVE m.lockedForUndo
WITH m
WHERE m.undoneAt IS NULL
RETURN m {.*} AS merge
