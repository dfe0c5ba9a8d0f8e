// Uniqueness on every identity the adapter MERGEs on: concurrent writers of the same article or
// entity meet at the constraint instead of creating duplicates.
CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (e:Entity) REQUIRE e.key IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT source_name IF NOT EXISTS FOR (s:Source) REQUIRE s.name IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (s:Statement) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT quote_id IF NOT EXISTS FOR (q:Quote) REQUIRE q.id IS UNIQUE;
CREATE CONSTRAINT merge_record_id IF NOT EXISTS FOR (m:MergeRecord) REQUIRE m.id IS UNIQUE;
CREATE CONSTRAINT schema_version_id IF NOT EXISTS FOR (v:SchemaVersion) REQUIRE v.id IS UNIQUE;
