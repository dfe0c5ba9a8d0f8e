// Analysts' and the end-of-run passes' merges are read by the entity they went into
// (merge/standing-merges-into, undo): without an index every read scanned all MergeRecords, a
// cost that grew with the merge history.
CREATE INDEX merge_record_into IF NOT EXISTS FOR (m:MergeRecord) ON (m.into);
