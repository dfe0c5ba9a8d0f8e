import {
  RELATION_TYPES,
  type EntityType,
  type Modality,
  type RelationType,
} from '../../model/entity-types';
import type { GraphSnapshot, GraphStats } from '../graph-store';
import type { CypherTx, Row } from './neo4j-context';
import { toRelationshipFields } from './relationship-reads';

const round = (n: number) => Math.round(n * 1e6) / 1e6;

export async function graphStats(tx: CypherTx): Promise<GraphStats> {
  const [row] = await tx.run('stats/graph-stats', { relationTypes: [...RELATION_TYPES] });
  if (!row) throw new Error('stats/graph-stats returned no row');
  const byType = (pairs: unknown) => Object.fromEntries(pairs as [string, number][]);
  return {
    articles: row.articles as number,
    sources: row.sources as number,
    entitiesByType: byType(row.entitiesByType),
    statementsByType: byType(row.statementsByType),
    relationshipsByType: byType(row.relationshipsByType),
    quotes: row.quotes as number,
    mentions: (row.mentions as number | null) ?? 0,
  };
}

/** The whole graph in canonical order (see GraphSnapshot), read in one transaction. */
export async function graphSnapshot(tx: CypherTx): Promise<GraphSnapshot> {
  const relationTypes = [...RELATION_TYPES];
  const articles = (await tx.run('snapshot/snapshot-articles')).map((r) => ({
    id: r.id as string,
    contentHash: r.contentHash as string,
    ...(typeof r.source === 'string' ? { source: r.source } : {}),
  }));
  const entities = (await tx.run('snapshot/snapshot-entities')).map((r) => ({
    key: r.key as string,
    type: r.type as EntityType,
    name: r.name as string,
    aliases: [...((r.aliases as string[] | null) ?? [])],
    mentionCount: r.mentionCount as number,
    articleCount: r.articleCount as number,
  }));
  const mentions = snapshotMentions(await tx.run('snapshot/snapshot-mentions'));
  const statements = (await tx.run('snapshot/snapshot-statements')).map((r) => ({
    id: r.id as string,
    type: r.type as RelationType,
    subjectKey: r.subjectKey as string,
    objectKey: r.objectKey as string,
    confidence: round(r.confidence as number),
    rule: r.rule as string,
    modality: r.modality as Modality,
    articleId: r.articleId as string,
  }));
  const relationships = (await tx.run('snapshot/snapshot-relationships', { relationTypes })).map(
    (r) => {
      const fields = toRelationshipFields(
        r.type as string,
        r.subjectKey as string,
        r.objectKey as string,
        r.aggregate as Record<string, unknown>,
      );
      return {
        ...fields,
        maxConfidence: round(fields.maxConfidence),
        meanConfidence: round(fields.meanConfidence),
      };
    },
  );
  const quotes = (await tx.run('snapshot/snapshot-quotes')).map((r) => ({
    id: r.id as string,
    articleId: r.articleId as string,
    ...(typeof r.speakerKey === 'string' ? { speakerKey: r.speakerKey } : {}),
  }));
  const cooccurrences = (await tx.run('snapshot/snapshot-cooccurrences')).map((r) => ({
    a: r.a as string,
    b: r.b as string,
    count: r.count as number,
    articleCount: r.articleCount as number,
  }));
  return { articles, entities, mentions, statements, relationships, quotes, cooccurrences };
}

/** One entry per mention from the parallel arrays, ordered by (articleId, start, end, entityKey). */
function snapshotMentions(rows: Row[]): GraphSnapshot['mentions'] {
  const mentions = rows.flatMap((r) => {
    const starts = r.starts as number[];
    const ends = r.ends as number[];
    return starts.map((start, i) => ({
      articleId: r.articleId as string,
      entityKey: r.entityKey as string,
      start,
      end: ends[i] as number,
    }));
  });
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return mentions.sort(
    (x, y) =>
      cmp(x.articleId, y.articleId) ||
      x.start - y.start ||
      x.end - y.end ||
      cmp(x.entityKey, y.entityKey),
  );
}
