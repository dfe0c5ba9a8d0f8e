MATCH (v:SchemaVersion {id: 'newsgraph'})
RETURN v.version AS version
