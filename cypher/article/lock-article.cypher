// Finds or creates the article and takes its write lock before reading the stored hash, so a
// concurrent upsert of the same id waits here and then sees this one's committed version.
MERGE (a:Article {id: $id})
ON CREATE SET a.newlyCreated = true
SET a.lockedForUpsert = true
WITH a, coalesce(a.newlyCreated, false) AS created, a.contentHash AS previousHash
REMOVE a.newlyCreated, a.lockedForUpsert
RETURN created, previousHash
