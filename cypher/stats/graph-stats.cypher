RETURN
  COUNT { MATCH (:Article) } AS articles,
  COUNT { MATCH (:Source) } AS sources,
  COLLECT { MATCH (e:Entity) WITH e.type AS type, count(*) AS n RETURN [type, n] } AS entitiesByType,
  COLLECT { MATCH (st:Statement) WITH st.type AS type, count(*) AS n RETURN [type, n] } AS statementsByType,
  COLLECT {
    MATCH (:Entity)-[r]->(:Entity) WHERE type(r) IN $relationTypes
    WITH type(r) AS type, count(*) AS n RETURN [type, n]
  } AS relationshipsByType,
  COUNT { MATCH (:Quote) } AS quotes,
  COLLECT { MATCH (:Article)-[m:MENTIONS]->(:Entity) RETURN sum(m.count) }[0] AS mentions
