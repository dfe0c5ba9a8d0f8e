import type { DatePrecision, Modality, RelationType } from '../../model/entity-types';
import type { ArticleRecord, StatementRecord } from '../../model/graph';
import type { ArticleView, EntityView, QuoteView, StatementView } from '../graph-store';
import { toEntityView } from './entity-view';
import type { Row } from './neo4j-context';

// The row shapes of article/get-article, statement/statements-between and quote/quotes-by,
// which the statements under cypher/queries/ return too: one mapping for every read.

type Props = Record<string, unknown>;

/** A row of `article`, `entityKeys`, `statementCount`, `quoteCount` as an ArticleView. */
export function toArticleView(row: Row): ArticleView {
  const props = row.article as Props;
  const record: ArticleRecord = {
    id: props.id as string,
    ingestedAt: props.ingestedAt as string,
    contentHash: props.contentHash as string,
    language: props.language as string,
    wordCount: props.wordCount as number,
    text: props.text as string,
    extractor: props.extractor as string,
  };
  for (const field of ['url', 'title', 'source', 'publishedAt'] as const) {
    if (typeof props[field] === 'string') record[field] = props[field];
  }
  return {
    ...record,
    entityKeys: [...(row.entityKeys as string[])].sort(),
    statementCount: row.statementCount as number,
    quoteCount: row.quoteCount as number,
  };
}

/** A row of `statement`, `subjectKey`, `objectKey`, `article` as a StatementView. */
export function toStatementView(row: Row): StatementView {
  const st = row.statement as Props;
  const statement: StatementRecord = {
    id: st.id as string,
    type: st.type as RelationType,
    subjectKey: row.subjectKey as string,
    objectKey: row.objectKey as string,
    confidence: st.confidence as number,
    rule: st.rule as string,
    modality: st.modality as Modality,
    evidence: {
      text: st.evidenceText as string,
      start: st.evidenceStart as number,
      end: st.evidenceEnd as number,
      sentence: st.sentence as number,
    },
  };
  if (typeof st.date === 'string' && typeof st.datePrecision === 'string') {
    statement.date = { value: st.date, precision: st.datePrecision as DatePrecision };
  }
  if (typeof st.role === 'string') statement.role = st.role;
  const articleProps = row.article as Props;
  const article: StatementView['article'] = { id: articleProps.id as string };
  for (const field of ['title', 'url', 'publishedAt', 'source'] as const) {
    if (typeof articleProps[field] === 'string') article[field] = articleProps[field];
  }
  return { ...statement, articleId: article.id, article };
}

/** A row of `quote`, `speakerKey`, `articleId`, `mentionedKeys` as a QuoteView. */
export function toQuoteView(row: Row): QuoteView {
  const q = row.quote as Props;
  const view: QuoteView = {
    id: q.id as string,
    text: q.text as string,
    start: q.start as number,
    end: q.end as number,
    confidence: q.confidence as number,
    rule: q.rule as string,
    mentionedKeys: row.mentionedKeys as string[],
    articleId: row.articleId as string,
  };
  if (typeof row.speakerKey === 'string') view.speakerKey = row.speakerKey;
  return view;
}

/**
 * The order in which statements return an entity's view as a list (cypher/queries/
 * neighbourhood.cypher, cypher/entity/search-candidates.cypher): a list decodes far cheaper than
 * a map, whose every key the driver decodes and defines one by one. An identity view is the
 * first three only.
 */
export const ENTITY_VIEW_FIELDS = [
  'key',
  'type',
  'name',
  'aliases',
  'mentionCount',
  'articleCount',
  'curated',
  'wikidataId',
  'attributes',
  'firstSeen',
  'lastSeen',
] as const;

/** A view returned as a list of ENTITY_VIEW_FIELDS, whole or only its first three. */
export function toEntityViewFromList(values: readonly unknown[]): EntityView {
  return toEntityView({
    key: values[0],
    type: values[1],
    name: values[2],
    aliases: values[3],
    mentionCount: values[4],
    articleCount: values[5],
    curated: values[6],
    wikidataId: values[7],
    attributes: values[8],
    firstSeen: values[9],
    lastSeen: values[10],
  });
}
