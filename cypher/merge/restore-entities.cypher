// Puts merged entities back as they were (counts are recomputed afterwards), with their label.
// CREATE, not MERGE: an entity an ingest created on the key meanwhile must fail the key's
// uniqueness constraint (a conflict), never be silently combined with the restored one.
UNWIND $rows AS row
CREATE (e:Entity)
SET e = row.props
FOREACH (_ IN CASE WHEN e.type = 'Person' THEN [1] ELSE [] END | SET e:Person)
FOREACH (_ IN CASE WHEN e.type = 'Country' THEN [1] ELSE [] END | SET e:Country)
FOREACH (_ IN CASE WHEN e.type = 'Organization' THEN [1] ELSE [] END | SET e:Organization)
FOREACH (_ IN CASE WHEN e.type = 'Location' THEN [1] ELSE [] END | SET e:Location)
FOREACH (_ IN CASE WHEN e.type = 'Event' THEN [1] ELSE [] END | SET e:Event)
FOREACH (_ IN CASE WHEN e.type = 'Project' THEN [1] ELSE [] END | SET e:Project)
RETURN count(e) AS restored
