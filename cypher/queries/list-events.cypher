// Event entities in which every one of $participants participated and, when $place is given,
// held there (HELD_IN) or with the place in the role 'place'. Dates live in the attributes
// JSON, so the caller filters and orders by them.
MATCH (e:Event)
WHERE all(key IN $participants WHERE EXISTS { (:Entity {key: key})-[:PARTICIPATED_IN]->(e) })
  AND ($place IS NULL
       OR EXISTS { (e)-[:HELD_IN]->(:Entity {key: $place}) }
       OR EXISTS { (:Entity {key: $place})-[r:PARTICIPATED_IN]->(e) WHERE 'place' IN r.roles })
RETURN e {.*} AS entity
