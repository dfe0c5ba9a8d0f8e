import type { DatePrecision, Modality, RelationType } from '../../model/entity-types';
import type { ArticleRecord, StatementRecord } from '../../model/graph';
import type { ArticleView, Page, QuoteView, StatementView } from '../graph-store';
import type { SqliteContext } from './sqlite-context';

interface ArticleRow {
  id: string;
  url: string | null;
  title: string | null;
  source: string | null;
  publishedAt: string | null;
  ingestedAt: string;
  contentHash: string;
  language: string;
  wordCount: number;
  text: string;
  extractor: string;
}

/** The keys of every entity article `@p1` mentions or refers to (ArticleView.entityKeys). */
export const ARTICLE_ENTITY_KEYS_SQL = `SELECT entity_key FROM mentions WHERE article_id = @p1
  UNION SELECT subject_key FROM statements WHERE article_id = @p1
  UNION SELECT object_key FROM statements WHERE article_id = @p1
  UNION SELECT speaker_key FROM quotes WHERE article_id = @p1 AND speaker_key IS NOT NULL
  UNION SELECT qm.entity_key FROM quote_mentions qm JOIN quotes q ON q.id = qm.quote_id
        WHERE q.article_id = @p1`;

/** The article with the keys of every entity it mentions or refers to, and its counts. */
export function getArticle(ctx: SqliteContext, id: string): ArticleView | null {
  const row = ctx
    .sql(
      `SELECT id, url, title, source, published_at AS publishedAt, ingested_at AS ingestedAt,
         content_hash AS contentHash, language, word_count AS wordCount, text, extractor
       FROM articles WHERE id = ?`,
    )
    .get(id) as ArticleRow | undefined;
  if (!row) return null;
  const entityKeys = ctx.sql(ARTICLE_ENTITY_KEYS_SQL).pluck().all({ p1: id }) as string[];
  const counts = ctx
    .sql(
      `SELECT (SELECT count(*) FROM statements WHERE article_id = @p1) AS statementCount,
              (SELECT count(*) FROM quotes WHERE article_id = @p1) AS quoteCount`,
    )
    .get({ p1: id }) as { statementCount: number; quoteCount: number };
  return { ...toArticleRecord(row), entityKeys: entityKeys.sort(), ...counts };
}

function toArticleRecord(row: ArticleRow): ArticleRecord {
  const record: ArticleRecord = {
    id: row.id,
    ingestedAt: row.ingestedAt,
    contentHash: row.contentHash,
    language: row.language,
    wordCount: row.wordCount,
    text: row.text,
    extractor: row.extractor,
  };
  if (row.url !== null) record.url = row.url;
  if (row.title !== null) record.title = row.title;
  if (row.source !== null) record.source = row.source;
  if (row.publishedAt !== null) record.publishedAt = row.publishedAt;
  return record;
}

export interface StatementRow {
  id: string;
  articleId: string;
  type: RelationType;
  subjectKey: string;
  objectKey: string;
  confidence: number;
  rule: string;
  modality: Modality;
  evidenceText: string;
  evidenceStart: number;
  evidenceEnd: number;
  sentence: number;
  date: string | null;
  datePrecision: DatePrecision | null;
  role: string | null;
  title: string | null;
  url: string | null;
  publishedAt: string | null;
  source: string | null;
}

/** A StatementView's columns; the caller adds WHERE and ORDER BY (`s` statements, `a` articles). */
export const STATEMENT_VIEW_SQL = `SELECT s.id, s.article_id AS articleId, s.type,
    s.subject_key AS subjectKey, s.object_key AS objectKey, s.confidence, s.rule, s.modality,
    s.evidence_text AS evidenceText, s.evidence_start AS evidenceStart,
    s.evidence_end AS evidenceEnd, s.sentence, s.date, s.date_precision AS datePrecision,
    s.role, a.title, a.url, a.published_at AS publishedAt, a.source
  FROM statements s JOIN articles a ON a.id = s.article_id`;

/** Every statement of one triple, negated ones included, most confident first. */
export function statementsBetween(
  ctx: SqliteContext,
  subjectKey: string,
  type: RelationType,
  objectKey: string,
): StatementView[] {
  const rows = ctx
    .sql(
      `${STATEMENT_VIEW_SQL}
       WHERE s.subject_key = ? AND s.type = ? AND s.object_key = ?
       ORDER BY s.confidence DESC, s.id`,
    )
    .all(subjectKey, type, objectKey) as StatementRow[];
  return rows.map(toStatementView);
}

export function toStatementView(row: StatementRow): StatementView {
  const statement: StatementRecord = {
    id: row.id,
    type: row.type,
    subjectKey: row.subjectKey,
    objectKey: row.objectKey,
    confidence: row.confidence,
    rule: row.rule,
    modality: row.modality,
    evidence: {
      text: row.evidenceText,
      start: row.evidenceStart,
      end: row.evidenceEnd,
      sentence: row.sentence,
    },
  };
  if (row.date !== null && row.datePrecision !== null) {
    statement.date = { value: row.date, precision: row.datePrecision };
  }
  if (row.role !== null) statement.role = row.role;
  const article: StatementView['article'] = { id: row.articleId };
  if (row.title !== null) article.title = row.title;
  if (row.url !== null) article.url = row.url;
  if (row.publishedAt !== null) article.publishedAt = row.publishedAt;
  if (row.source !== null) article.source = row.source;
  return { ...statement, articleId: row.articleId, article };
}

export interface QuoteRow {
  id: string;
  speakerKey: string | null;
  text: string;
  start: number;
  end: number;
  confidence: number;
  rule: string;
  mentionedKeys: string;
  articleId: string;
}

/** A QuoteView's columns; the caller adds WHERE and ORDER BY (`q` quotes, `a` articles). */
export const QUOTE_VIEW_SQL = `SELECT q.id, q.speaker_key AS speakerKey, q.text, q.start, q."end",
    q.confidence, q.rule, q.article_id AS articleId,
    (SELECT json_group_array(entity_key) FROM
       (SELECT entity_key FROM quote_mentions WHERE quote_id = q.id ORDER BY entity_key))
      AS mentionedKeys
  FROM quotes q JOIN articles a ON a.id = q.article_id`;

/** A speaker's quotes, newest article first (undated last), then by position. */
export function quotesBy(ctx: SqliteContext, speakerKey: string, page: Page): QuoteView[] {
  const rows = ctx
    .sql(
      `${QUOTE_VIEW_SQL}
       WHERE q.speaker_key = ?
       ORDER BY a.published_at IS NULL, a.published_at DESC, q.start, q.id
       LIMIT ? OFFSET ?`,
    )
    .all(speakerKey, page.limit, page.offset) as QuoteRow[];
  return rows.map(toQuoteView);
}

export function toQuoteView(row: QuoteRow): QuoteView {
  return {
    id: row.id,
    ...(row.speakerKey !== null ? { speakerKey: row.speakerKey } : {}),
    text: row.text,
    start: row.start,
    end: row.end,
    confidence: row.confidence,
    rule: row.rule,
    mentionedKeys: JSON.parse(row.mentionedKeys) as string[],
    articleId: row.articleId,
  };
}
