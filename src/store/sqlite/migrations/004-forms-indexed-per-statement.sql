-- Searchable forms are indexed by the statement that adds them (entity-writes.ts, addForms): one
-- INSERT … SELECT per index for every form a call adds, instead of this trigger firing per row.
-- Measured on the BBC ingest's 21,894 forms in 12 transactions: both indexes 690-740 ms of CPU
-- by trigger, 120-140 ms by statement, with identical index contents (FTS5 integrity-check and
-- the same ranked answers). Deleting a form still goes through entity_forms_ad: deletes are few
-- and come from cascades too.
DROP TRIGGER IF EXISTS entity_forms_ai;
