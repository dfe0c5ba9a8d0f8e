// Sets what merges change on their targets ({key, aliases, normalisedAliases} rows): aliases,
// their normalised forms, and curated.
UNWIND $rows AS row
MATCH (e:Entity {key: row.key})
SET e.aliases = row.aliases,
    e.normalisedAliases = row.normalisedAliases,
    e.curated = true
SET e.searchText = reduce(text = e.normalisedName, form IN e.normalisedAliases | text + ' | ' + form)
RETURN count(e) AS updated
