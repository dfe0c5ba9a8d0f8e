// The lookups the API does besides the unique keys.
CREATE INDEX entity_wikidata_id IF NOT EXISTS FOR (e:Entity) ON (e.wikidataId);
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);
CREATE INDEX entity_normalised_name IF NOT EXISTS FOR (e:Entity) ON (e.normalisedName);
CREATE INDEX article_published_at IF NOT EXISTS FOR (a:Article) ON (a.publishedAt);
CREATE INDEX article_content_hash IF NOT EXISTS FOR (a:Article) ON (a.contentHash);
CREATE INDEX statement_type IF NOT EXISTS FOR (s:Statement) ON (s.type);
// Names and aliases, already normalised (lower case, no diacritics or punctuation), one text.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.searchText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };
