// The typed neighbours of each key over aggregated relationships only. The pattern lists the
// allow-list (RELATION_TYPES; a unit test keeps them equal) so the planner expands by type and
// never walks MENTIONS, SUBJECT/OBJECT or CO_MENTIONED; $relationTypes narrows it further.
// One row holding a list [key, type, out, otherKey] per edge: a search level reads thousands of
// edges, and a record each (with its map of columns) cost the driver several times the lists.
UNWIND $keys AS key
MATCH (e:Entity {key: key})-[r:MET_WITH|HOSTED|VISITED|ATTENDED|LEADER_OF|WORKS_FOR|MEMBER_OF|PARTNER_OF|SUPPORTS|OPPOSES|ACCUSES|IN_CONFLICT_WITH|NEGOTIATES_WITH|MEDIATES|INVOLVED_IN|LOCATED_IN|HELD_IN|PARTICIPATED_IN]-(n:Entity)
WHERE type(r) IN $relationTypes AND n <> e
RETURN collect([key, type(r), startNode(r) = e, n.key]) AS edges
