// Entities with an aggregated relationship (either direction, allow-listed types) to both ends.
// Two separate patterns, not one chain: with a = b one relationship must serve both sides.
MATCH (a:Entity {key: $fromKey})-[r1:MET_WITH|HOSTED|VISITED|ATTENDED|LEADER_OF|WORKS_FOR|MEMBER_OF|PARTNER_OF|SUPPORTS|OPPOSES|ACCUSES|IN_CONFLICT_WITH|NEGOTIATES_WITH|MEDIATES|INVOLVED_IN|LOCATED_IN|HELD_IN|PARTICIPATED_IN]-(n:Entity)
WHERE type(r1) IN $relationTypes AND n <> a
WITH DISTINCT n
MATCH (b:Entity {key: $toKey})
WHERE n <> b
  AND EXISTS { (n)-[r2:MET_WITH|HOSTED|VISITED|ATTENDED|LEADER_OF|WORKS_FOR|MEMBER_OF|PARTNER_OF|SUPPORTS|OPPOSES|ACCUSES|IN_CONFLICT_WITH|NEGOTIATES_WITH|MEDIATES|INVOLVED_IN|LOCATED_IN|HELD_IN|PARTICIPATED_IN]-(b) WHERE type(r2) IN $relationTypes }
RETURN n.key AS key
ORDER BY key
