// Finds or creates each article and takes its write lock before reading the stored hash, so a
// concurrent upsert of the same id waits here and then sees this one's committed version.
// The caller passes distinct ids in sorted order, so concurrent batches lock in the same order.
UNWIND $articleIds AS id
MERGE (a:Article {id: id})
ON CREATE SET a.newlyCreated = true
SET a.lockedForUpsert = true
WITH a, id, coalesce(a.newlyCreated, false) AS created, a.contentHash AS previousHash
REMOVE a.newlyCreated, a.lockedForUpsert
RETURN id, created, previousHash
