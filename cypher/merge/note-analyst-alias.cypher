// Merges into the entity not yet undone learn of an analyst's alias, so that their undo keeps it
// (and keeps the entity curated) even where the merge had brought the same alias.
MATCH (m:MergeRecord {into: $key})
WHERE m.undoneAt IS NULL
SET m.analystAliases = coalesce(m.analystAliases, []) + $alias
RETURN count(m) AS noted
