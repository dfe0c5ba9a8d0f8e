// Breadth-first, one level per subquery ($depth ≤ 3), so each entity is met first at its
// shortest distance; a level is skipped once $limit entities are nearer, as those rank first.
// Patterns name the relation allow-list (RELATION_TYPES; a unit test keeps them equal): the
// planner expands by type and never walks MENTIONS, SUBJECT/OBJECT or CO_MENTIONED.
// $withRelationships false leaves out the relationships among the members (not asked for).
// $withViews true also returns `views`: the start's and then each entity's view properties, in
// order, so the API needs no second read to show them (exactly what toEntityView reads).
// $identityViews true narrows the views of the members other than the start to key, type and
// name: the caller shows no more, and those views are most of what a 2-hop answer sends back.
// Members and views travel as lists, not maps: the driver decodes a map key by key (each key a
// string, each property defined one by one), which was most of the API's CPU for this answer.
// A view is its properties in ENTITY_VIEW_FIELDS order (src/store/neo4j/row-views.ts).
MATCH (s:Entity {key: $key})
CALL (s) {
  MATCH (s)-[r:MET_WITH|HOSTED|VISITED|ATTENDED|LEADER_OF|WORKS_FOR|MEMBER_OF|PARTNER_OF|SUPPORTS|OPPOSES|ACCUSES|IN_CONFLICT_WITH|NEGOTIATES_WITH|MEDIATES|INVOLVED_IN|LOCATED_IN|HELD_IN|PARTICIPATED_IN]-(n:Entity)
  WHERE type(r) IN $relationTypes AND n <> s
  RETURN collect(DISTINCT n) AS level1
}
CALL (s, level1) {
  UNWIND CASE WHEN $depth >= 2 AND size(level1) < $limit THEN level1 ELSE [] END AS near
  MATCH (near)-[r:MET_WITH|HOSTED|VISITED|ATTENDED|LEADER_OF|WORKS_FOR|MEMBER_OF|PARTNER_OF|SUPPORTS|OPPOSES|ACCUSES|IN_CONFLICT_WITH|NEGOTIATES_WITH|MEDIATES|INVOLVED_IN|LOCATED_IN|HELD_IN|PARTICIPATED_IN]-(n:Entity)
  WHERE type(r) IN $relationTypes AND n <> s AND NOT n IN level1
  RETURN collect(DISTINCT n) AS level2
}
CALL (s, level1, level2) {
  UNWIND CASE WHEN $depth >= 3 AND size(level1) + size(level2) < $limit THEN level2 ELSE [] END AS near
  MATCH (near)-[r:MET_WITH|HOSTED|VISITED|ATTENDED|LEADER_OF|WORKS_FOR|MEMBER_OF|PARTNER_OF|SUPPORTS|OPPOSES|ACCUSES|IN_CONFLICT_WITH|NEGOTIATES_WITH|MEDIATES|INVOLVED_IN|LOCATED_IN|HELD_IN|PARTICIPATED_IN]-(n:Entity)
  WHERE type(r) IN $relationTypes AND n <> s AND NOT n IN level1 AND NOT n IN level2
  RETURN collect(DISTINCT n) AS level3
}
WITH s, COLLECT {
  UNWIND [n IN level1 | {node: n, distance: 1}] + [n IN level2 | {node: n, distance: 2}]
         + [n IN level3 | {node: n, distance: 3}] AS found
  WITH found ORDER BY found.distance, coalesce(found.node.mentionCount, 0) DESC, found.node.key
  LIMIT $limit
  RETURN found
} AS chosen
WITH s, chosen, [s] + [found IN chosen | found.node] AS members
RETURN [found IN chosen | found.node.key] AS keys, [found IN chosen | found.distance] AS distances,
  CASE WHEN NOT $withViews THEN []
    WHEN $identityViews THEN [[s.key, s.type, s.name, s.aliases, s.mentionCount, s.articleCount, s.curated, s.wikidataId, s.attributes, s.firstSeen, s.lastSeen]]
      + [x IN tail(members) | [x.key, x.type, x.name]]
    ELSE [x IN members | [x.key, x.type, x.name, x.aliases, x.mentionCount, x.articleCount, x.curated, x.wikidataId, x.attributes, x.firstSeen, x.lastSeen]]
  END AS views,
  COLLECT {
    UNWIND CASE WHEN $withRelationships THEN members ELSE [] END AS x
    MATCH (x)-[r:MET_WITH|HOSTED|VISITED|ATTENDED|LEADER_OF|WORKS_FOR|MEMBER_OF|PARTNER_OF|SUPPORTS|OPPOSES|ACCUSES|IN_CONFLICT_WITH|NEGOTIATES_WITH|MEDIATES|INVOLVED_IN|LOCATED_IN|HELD_IN|PARTICIPATED_IN]->(y:Entity)
    WHERE type(r) IN $relationTypes AND y <> x AND y IN members
    RETURN {type: type(r), subjectKey: x.key, objectKey: y.key, aggregate: properties(r)} AS relationship
  } AS relationships
