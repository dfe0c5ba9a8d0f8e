import type { GraphSnapshot, GraphStats } from '../graph-store';
import { toRelationshipFields } from './relationship-reads';
import type { SqliteContext } from './sqlite-context';

export function graphStats(ctx: SqliteContext): GraphStats {
  const counts = ctx
    .sql(
      `SELECT (SELECT count(*) FROM articles) AS articles,
         (SELECT count(DISTINCT source) FROM articles) AS sources,
         (SELECT count(*) FROM quotes) AS quotes,
         (SELECT count(*) FROM mentions) AS mentions`,
    )
    .get() as Pick<GraphStats, 'articles' | 'sources' | 'quotes' | 'mentions'>;
  const byType = (sql: string) =>
    Object.fromEntries(ctx.sql(sql).raw().all() as [string, number][]) as Record<string, number>;
  return {
    ...counts,
    entitiesByType: byType('SELECT type, count(*) FROM entities GROUP BY type'),
    statementsByType: byType('SELECT type, count(*) FROM statements GROUP BY type'),
    relationshipsByType: byType('SELECT type, count(*) FROM relationships GROUP BY type'),
  };
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/** The canonical, order-independent form of the whole graph (see GraphSnapshot). */
export function graphSnapshot(ctx: SqliteContext): GraphSnapshot {
  const all = <T>(sql: string) => ctx.sql(sql).all() as T[];
  const articles = all<{ id: string; contentHash: string; source: string | null }>(
    'SELECT id, content_hash AS contentHash, source FROM articles ORDER BY id',
  ).map(({ source, ...rest }) => (source === null ? rest : { ...rest, source }));
  const aliases = new Map<string, string[]>();
  for (const row of all<{ key: string; alias: string }>(
    'SELECT entity_key AS key, alias FROM entity_aliases',
  )) {
    aliases.set(row.key, [...(aliases.get(row.key) ?? []), row.alias]);
  }
  const entities = all<GraphSnapshot['entities'][number]>(
    `SELECT key, type, name, mention_count AS mentionCount, article_count AS articleCount
     FROM entities ORDER BY key`,
  ).map((e) => ({ ...e, aliases: (aliases.get(e.key) ?? []).sort() }));
  const mentions = all<GraphSnapshot['mentions'][number]>(
    `SELECT article_id AS articleId, entity_key AS entityKey, start, "end" FROM mentions
     ORDER BY article_id, start, "end", entity_key`,
  );
  const statements = all<GraphSnapshot['statements'][number]>(
    `SELECT id, type, subject_key AS subjectKey, object_key AS objectKey, confidence, rule,
       modality, article_id AS articleId FROM statements ORDER BY id`,
  ).map((s) => ({ ...s, confidence: round(s.confidence) }));
  const relationships = all<Parameters<typeof toRelationshipFields>[0]>(
    `SELECT type, subject_key AS subjectKey, object_key AS objectKey,
       statement_count AS statementCount, article_count AS articleCount,
       source_count AS sourceCount, max_confidence AS maxConfidence,
       mean_confidence AS meanConfidence, first_date AS firstDate, last_date AS lastDate, roles
     FROM relationships ORDER BY subject_key, type, object_key`,
  ).map((row) => {
    const fields = toRelationshipFields(row);
    return {
      ...fields,
      maxConfidence: round(fields.maxConfidence),
      meanConfidence: round(fields.meanConfidence),
    };
  });
  const quotes = all<{ id: string; articleId: string; speakerKey: string | null }>(
    'SELECT id, article_id AS articleId, speaker_key AS speakerKey FROM quotes ORDER BY id',
  ).map(({ speakerKey, ...rest }) => (speakerKey === null ? rest : { ...rest, speakerKey }));
  const cooccurrences = all<GraphSnapshot['cooccurrences'][number]>(
    `SELECT a, b, sum(count) AS count, count(*) AS articleCount FROM article_comentions
     GROUP BY a, b ORDER BY a, b`,
  );
  return { articles, entities, mentions, statements, relationships, quotes, cooccurrences };
}
