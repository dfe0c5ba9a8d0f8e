-- Indexes for the analytical reads (GraphQueries): articles newest first by their date
-- (publishedAt ?? ingestedAt), mentions by article date for ranged rankings, and statements by
-- type and date for relation counts.
CREATE INDEX articles_date ON articles (coalesce(published_at, ingested_at) DESC, id);
CREATE INDEX mentions_seen_at ON mentions (seen_at, entity_key);
CREATE INDEX statements_type_date ON statements (type, effective_date);
