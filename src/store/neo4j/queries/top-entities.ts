import type { EntityCount, TopEntitiesOptions } from '../../graph-queries';
import type { CypherTx } from '../neo4j-context';
import { cypherInt } from '../neo4j-values';
import { requireLimit } from './validate-query-options';

/**
 * Most mentioned entities (mentions desc, then key). Over all time the stored counts answer, from
 * an index; with a range the mentions of articles dated in it are summed.
 */
export async function topEntities(
  tx: CypherTx,
  options: TopEntitiesOptions,
): Promise<EntityCount[]> {
  requireLimit(options.limit);
  const rows = await tx.run(statementFor(options), {
    type: options.type ?? null,
    since: options.since ?? null,
    until: options.until ?? null,
    limit: cypherInt(options.limit),
  });
  return rows.map((row) => ({
    key: row.key as string,
    mentions: row.mentions as number,
    articles: row.articles as number,
  }));
}

function statementFor(options: TopEntitiesOptions) {
  if (options.since !== undefined || options.until !== undefined) {
    return 'queries/top-entities-in-range' as const;
  }
  return options.type
    ? ('queries/top-entities-of-type' as const)
    : ('queries/top-entities' as const);
}
