import type { RelationType } from '../../src/model/entity-types';
import type { ArticleGraph, StatementRecord } from '../../src/model/graph';
import type { Bucket, GraphQueries } from '../../src/store/graph-queries';
import type { GraphStore } from '../../src/store/graph-store';
import { chainArticleGraphs } from '../fixtures/graphs/chain-articles';
import { secondSourceGraph } from '../fixtures/graphs/second-source-article';
import { seedArticleGraph } from '../fixtures/graphs/seed-article';

export type QueryStore = GraphStore & GraphQueries;

/** Opens a fresh, migrated, empty store; `cleanup` closes it and removes what it created. */
export type OpenQueryStore = () => Promise<{ store: QueryStore; cleanup: () => Promise<void> }>;

/** The store of the running suite, loaded with `queryGraphs()`. */
export type CurrentQueryStore = () => QueryStore;

/** Seed, second source and the chain articles: seven articles from April to July 2025. */
export function queryGraphs(): ArticleGraph[] {
  return [seedArticleGraph(), secondSourceGraph(), ...chainArticleGraphs()];
}

/**
 * The expectations below are derived from the fixture graphs with plain JavaScript, a second
 * implementation of the rules in src/store/graph-queries.ts, so they cannot drift from the data.
 */
export function articleDate(g: ArticleGraph): string {
  return g.article.publishedAt ?? g.article.ingestedAt;
}

export function statementDate(g: ArticleGraph, s: StatementRecord): string | undefined {
  return s.date?.value ?? g.article.publishedAt;
}

/** The contract's inclusive range: D >= since and D's prefix as long as until <= until. */
export function inRange(date: string | undefined, since?: string, until?: string): boolean {
  if (since === undefined && until === undefined) return true;
  if (date === undefined) return false;
  if (since !== undefined && date < since) return false;
  if (until !== undefined && date.slice(0, until.length) > until) return false;
  return true;
}

export function bucketStart(date: string, bucket: Bucket): string {
  const day =
    date.length >= 10 ? date.slice(0, 10) : date.length === 7 ? `${date}-01` : `${date}-01-01`;
  switch (bucket) {
    case 'DAY':
      return day;
    case 'MONTH':
      return `${day.slice(0, 7)}-01`;
    case 'WEEK': {
      const at = new Date(`${day}T00:00:00Z`);
      const sinceMonday = (at.getUTCDay() + 6) % 7;
      return new Date(at.getTime() - sinceMonday * 86_400_000).toISOString().slice(0, 10);
    }
    default: {
      const unknown: never = bucket;
      throw new Error(`unknown bucket ${String(unknown)}`);
    }
  }
}

export interface Triple {
  subjectKey: string;
  type: RelationType;
  objectKey: string;
}

/** Aggregated relationships of the graphs: distinct triples of non-negated, non-loop statements. */
export function relationshipTriples(graphs: readonly ArticleGraph[]): Triple[] {
  const byId = new Map<string, Triple>();
  for (const g of graphs) {
    for (const s of g.statements) {
      if (s.modality === 'negated' || s.subjectKey === s.objectKey) continue;
      const triple = { subjectKey: s.subjectKey, type: s.type, objectKey: s.objectKey };
      byId.set(`${s.subjectKey} ${s.type} ${s.objectKey}`, triple);
    }
  }
  return [...byId.values()].sort(
    (a, b) =>
      cmp(a.subjectKey, b.subjectKey) || cmp(a.type, b.type) || cmp(a.objectKey, b.objectKey),
  );
}

/** Mention rows and distinct articles per entity key, over articles dated in range. */
export function mentionTotals(
  graphs: readonly ArticleGraph[],
  since?: string,
  until?: string,
): Map<string, { mentions: number; articles: number }> {
  const totals = new Map<string, { mentions: number; articles: number }>();
  for (const g of graphs) {
    if (!inRange(articleDate(g), since, until)) continue;
    const inArticle = new Set<string>();
    for (const m of g.mentions) {
      const total = totals.get(m.entityKey) ?? { mentions: 0, articles: 0 };
      total.mentions += 1;
      if (!inArticle.has(m.entityKey)) total.articles += 1;
      inArticle.add(m.entityKey);
      totals.set(m.entityKey, total);
    }
  }
  return totals;
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
