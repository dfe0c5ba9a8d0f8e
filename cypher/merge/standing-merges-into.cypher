// The merges into an entity not yet undone, with what they recorded about its curation.
MATCH (m:MergeRecord {into: $into})
WHERE m.undoneAt IS NULL
RETURN m.undo AS undo, m.analystAliases AS analystAliases
ORDER BY m.at, m.id
