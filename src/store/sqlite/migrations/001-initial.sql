-- The graph of docs/store-semantics.md as tables. Aggregates (relationships, entity counts) are
-- materialised and recomputed for touched rows inside each write transaction; per-article
-- co-mentions are stored so an article's share can be retracted, their sum is taken on read.

CREATE TABLE articles (
  id           TEXT PRIMARY KEY,
  url          TEXT,
  title        TEXT,
  source       TEXT,
  published_at TEXT,
  ingested_at  TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  language     TEXT NOT NULL,
  word_count   INTEGER NOT NULL,
  text         TEXT NOT NULL,
  extractor    TEXT NOT NULL
);
CREATE INDEX articles_content_hash ON articles (content_hash);
CREATE INDEX articles_source ON articles (source);

CREATE TABLE entities (
  key           TEXT PRIMARY KEY,
  type          TEXT NOT NULL,
  name          TEXT NOT NULL,
  wikidata_id   TEXT,
  attributes    TEXT,
  mention_count INTEGER NOT NULL DEFAULT 0,
  article_count INTEGER NOT NULL DEFAULT 0,
  first_seen    TEXT,
  last_seen     TEXT,
  curated       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entities_type ON entities (type);

CREATE TABLE entity_aliases (
  entity_key TEXT NOT NULL REFERENCES entities (key) ON DELETE CASCADE,
  alias      TEXT NOT NULL,
  PRIMARY KEY (entity_key, alias)
) WITHOUT ROWID;

-- Normalised name and aliases (normaliseName), one row per distinct form: exact lookups use the
-- index, full-text and trigram search use the two FTS5 tables kept in step by triggers.
CREATE TABLE entity_forms (
  id         INTEGER PRIMARY KEY,
  entity_key TEXT NOT NULL REFERENCES entities (key) ON DELETE CASCADE,
  form       TEXT NOT NULL,
  UNIQUE (entity_key, form)
);
CREATE INDEX entity_forms_form ON entity_forms (form);

CREATE VIRTUAL TABLE entity_forms_fts USING fts5 (
  form, content = 'entity_forms', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE entity_forms_trigram USING fts5 (
  form, content = 'entity_forms', content_rowid = 'id',
  tokenize = 'trigram remove_diacritics 1'
);
CREATE TRIGGER entity_forms_ai AFTER INSERT ON entity_forms BEGIN
  INSERT INTO entity_forms_fts (rowid, form) VALUES (new.id, new.form);
  INSERT INTO entity_forms_trigram (rowid, form) VALUES (new.id, new.form);
END;
CREATE TRIGGER entity_forms_ad AFTER DELETE ON entity_forms BEGIN
  INSERT INTO entity_forms_fts (entity_forms_fts, rowid, form) VALUES ('delete', old.id, old.form);
  INSERT INTO entity_forms_trigram (entity_forms_trigram, rowid, form) VALUES ('delete', old.id, old.form);
END;

-- seen_at = the article's publishedAt ?? ingestedAt, copied so entity counts and first/last seen
-- come from one covering index without a join.
CREATE TABLE mentions (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  entity_key TEXT NOT NULL REFERENCES entities (key),
  start      INTEGER NOT NULL,
  "end"      INTEGER NOT NULL,
  text       TEXT NOT NULL,
  sentence   INTEGER NOT NULL,
  confidence REAL NOT NULL,
  source     TEXT NOT NULL,
  candidates TEXT,
  seen_at    TEXT NOT NULL,
  PRIMARY KEY (article_id, start, "end", entity_key)
) WITHOUT ROWID;
CREATE INDEX mentions_entity ON mentions (entity_key, article_id, seen_at);

-- effective_date = date ?? article.publishedAt; source_key = article.source ?? 'article:' || id.
CREATE TABLE statements (
  id             TEXT PRIMARY KEY,
  article_id     TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  type           TEXT NOT NULL,
  subject_key    TEXT NOT NULL REFERENCES entities (key),
  object_key     TEXT NOT NULL REFERENCES entities (key),
  confidence     REAL NOT NULL,
  rule           TEXT NOT NULL,
  modality       TEXT NOT NULL,
  evidence_text  TEXT NOT NULL,
  evidence_start INTEGER NOT NULL,
  evidence_end   INTEGER NOT NULL,
  sentence       INTEGER NOT NULL,
  date           TEXT,
  date_precision TEXT,
  role           TEXT,
  effective_date TEXT,
  source_key     TEXT NOT NULL
);
-- source_key last: adding an article asks whether its source already supports the triple.
CREATE INDEX statements_triple ON statements (subject_key, type, object_key, source_key);
CREATE INDEX statements_object ON statements (object_key, type);
CREATE INDEX statements_article ON statements (article_id);

CREATE TABLE relationships (
  subject_key     TEXT NOT NULL REFERENCES entities (key),
  type            TEXT NOT NULL,
  object_key      TEXT NOT NULL REFERENCES entities (key),
  statement_count INTEGER NOT NULL,
  article_count   INTEGER NOT NULL,
  source_count    INTEGER NOT NULL,
  max_confidence  REAL NOT NULL,
  mean_confidence REAL NOT NULL,
  first_date      TEXT,
  last_date       TEXT,
  roles           TEXT NOT NULL,
  PRIMARY KEY (subject_key, type, object_key)
) WITHOUT ROWID;
CREATE INDEX relationships_object ON relationships (object_key, type);

CREATE TABLE quotes (
  id          TEXT PRIMARY KEY,
  article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  speaker_key TEXT REFERENCES entities (key),
  text        TEXT NOT NULL,
  start       INTEGER NOT NULL,
  "end"       INTEGER NOT NULL,
  confidence  REAL NOT NULL,
  rule        TEXT NOT NULL
);
CREATE INDEX quotes_speaker ON quotes (speaker_key);
CREATE INDEX quotes_article ON quotes (article_id);

CREATE TABLE quote_mentions (
  quote_id   TEXT NOT NULL REFERENCES quotes (id) ON DELETE CASCADE,
  entity_key TEXT NOT NULL REFERENCES entities (key),
  PRIMARY KEY (quote_id, entity_key)
) WITHOUT ROWID;
CREATE INDEX quote_mentions_entity ON quote_mentions (entity_key);

CREATE TABLE article_comentions (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  a          TEXT NOT NULL REFERENCES entities (key),
  b          TEXT NOT NULL REFERENCES entities (key),
  count      INTEGER NOT NULL,
  PRIMARY KEY (article_id, a, b)
) WITHOUT ROWID;
CREATE INDEX article_comentions_a ON article_comentions (a, b);
CREATE INDEX article_comentions_b ON article_comentions (b);

-- undo holds what undoMerge needs to restore the prior state exactly (JSON, see merge-entities.ts).
CREATE TABLE merges (
  id        TEXT PRIMARY KEY,
  into_key  TEXT NOT NULL,
  merged    TEXT NOT NULL,
  by        TEXT NOT NULL,
  reason    TEXT,
  at        TEXT NOT NULL,
  undo      TEXT NOT NULL,
  undone_at TEXT,
  undone_by TEXT
);
