// Locks the entities a merge or its undo rewrites, then reads them as they are.
UNWIND $keys AS key
MATCH (e:Entity {key: key})
SET e.lockedForMerge = true
REMOVE e.lockedForMerge
RETURN e {.*} AS entity
