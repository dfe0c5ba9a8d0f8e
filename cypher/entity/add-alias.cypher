// An analyst's alias: kept unless it is the name itself; the entity becomes curated either way.
MATCH (e:Entity {key: $key})
SET e.curated = true
WITH e, $alias <> e.name AS isNew
SET e.aliases = COLLECT {
      UNWIND e.aliases + CASE WHEN isNew THEN [$alias] ELSE [] END AS alias
      WITH DISTINCT alias RETURN alias ORDER BY alias
    },
    e.normalisedAliases = COLLECT {
      UNWIND e.normalisedAliases + CASE WHEN isNew THEN [$form] ELSE [] END AS form
      WITH DISTINCT form WHERE form <> '' RETURN form ORDER BY form
    }
SET e.searchText = reduce(text = e.normalisedName, form IN e.normalisedAliases | text + ' | ' + form)
RETURN e {.*} AS entity
