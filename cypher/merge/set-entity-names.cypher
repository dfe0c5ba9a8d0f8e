// Sets what curation changes on an entity: its aliases, their normalised forms, curated.
MATCH (e:Entity {key: $key})
SET e.aliases = $aliases,
    e.normalisedAliases = $normalisedAliases,
    e.curated = $curated
SET e.searchText = reduce(text = e.normalisedName, form IN e.normalisedAliases | text + ' | ' + form)
RETURN e.key AS key
