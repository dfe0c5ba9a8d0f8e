// The aggregated relationships with both ends among $keys (the allow-list as in read-adjacency).
UNWIND $keys AS key
MATCH (s:Entity {key: key})-[r:MET_WITH|HOSTED|VISITED|ATTENDED|LEADER_OF|WORKS_FOR|MEMBER_OF|PARTNER_OF|SUPPORTS|OPPOSES|ACCUSES|IN_CONFLICT_WITH|NEGOTIATES_WITH|MEDIATES|INVOLVED_IN|LOCATED_IN|HELD_IN|PARTICIPATED_IN]->(o:Entity)
WHERE type(r) IN $relationTypes AND o.key IN $keys AND o <> s
RETURN type(r) AS type, s.key AS subjectKey, o.key AS objectKey, properties(r) AS aggregate
