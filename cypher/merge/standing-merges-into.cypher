// The merges into each of the entities not yet undone, with what they recorded about its
// curation.
UNWIND $intos AS into
MATCH (m:MergeRecord {into: into})
WHERE m.undoneAt IS NULL
RETURN into, m.undo AS undo, m.analystAliases AS analystAliases
ORDER BY into, m.at, m.id
