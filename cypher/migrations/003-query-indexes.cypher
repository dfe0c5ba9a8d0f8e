// The analytical reads (cypher/queries/): the most mentioned entities, of any type or of one,
// come straight from an index in mentionCount order instead of a scan and sort of every entity.
CREATE INDEX entity_mention_count IF NOT EXISTS FOR (e:Entity) ON (e.mentionCount);
CREATE INDEX entity_type_mention_count IF NOT EXISTS FOR (e:Entity) ON (e.type, e.mentionCount);
