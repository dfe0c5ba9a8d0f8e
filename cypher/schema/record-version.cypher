// Never moves the version backwards, so an older binary migrating concurrently cannot undo it.
MERGE (v:SchemaVersion {id: 'newsgraph'})
ON CREATE SET v.version = $version, v.appliedAt = $appliedAt
WITH v
CALL (v) {
  WITH v WHERE v.version < $version
  SET v.version = $version, v.appliedAt = $appliedAt
}
RETURN v.version AS version
