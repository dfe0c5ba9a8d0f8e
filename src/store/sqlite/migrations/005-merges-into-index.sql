-- Merges are looked up by the entity they went into: the merges standing into a curated target
-- (merge-entities.ts) and undo's check for later merges into the same target (undo-merge.ts).
-- Without an index each look-up scanned every merge recorded, so the cost of an ingest's
-- end-of-run merges grew with the square of their number. Neo4j has the same index
-- (cypher/migrations/006-merge-record-into.cypher).
CREATE INDEX IF NOT EXISTS merges_into ON merges (into_key, undone_at);
