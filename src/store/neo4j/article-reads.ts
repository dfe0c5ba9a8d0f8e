import type { DatePrecision, Modality, RelationType } from '../../model/entity-types';
import type { ArticleRecord, StatementRecord } from '../../model/graph';
import type { ArticleView, Page, QuoteView, StatementView } from '../graph-store';
import type { CypherTx } from './neo4j-context';
import { cypherInt } from './neo4j-values';

type Props = Record<string, unknown>;

/** The article with the keys of every entity it mentions or refers to, and its counts. */
export async function getArticle(tx: CypherTx, id: string): Promise<ArticleView | null> {
  const [row] = await tx.run('article/get-article', { id });
  if (!row) return null;
  return {
    ...toArticleRecord(row.article as Props),
    entityKeys: [...(row.entityKeys as string[])].sort(),
    statementCount: row.statementCount as number,
    quoteCount: row.quoteCount as number,
  };
}

function toArticleRecord(props: Props): ArticleRecord {
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
  return record;
}

/** Every statement of one triple, negated ones included, most confident first. */
export async function statementsBetween(
  tx: CypherTx,
  subjectKey: string,
  type: RelationType,
  objectKey: string,
): Promise<StatementView[]> {
  const rows = await tx.run('statement/statements-between', { subjectKey, type, objectKey });
  return rows.map((row) => {
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
  });
}

/** A speaker's quotes, newest article first (undated last), then by position. */
export async function quotesBy(tx: CypherTx, speakerKey: string, page: Page): Promise<QuoteView[]> {
  const rows = await tx.run('quote/quotes-by', {
    speakerKey,
    offset: cypherInt(page.offset),
    limit: cypherInt(page.limit),
  });
  return rows.map((row) => {
    const q = row.quote as Props;
    return {
      id: q.id as string,
      speakerKey: row.speakerKey as string,
      text: q.text as string,
      start: q.start as number,
      end: q.end as number,
      confidence: q.confidence as number,
      rule: q.rule as string,
      mentionedKeys: row.mentionedKeys as string[],
      articleId: row.articleId as string,
    };
  });
}

export async function knownContentHashes(
  tx: CypherTx,
  hashes: readonly string[],
): Promise<Set<string>> {
  if (hashes.length === 0) return new Set();
  const rows = await tx.run('article/find-known-hashes', { hashes: [...new Set(hashes)] });
  return new Set(rows.map((row) => row.hash as string));
}
