import type { Cooccurrence, CooccurrenceOptions } from '../../graph-queries';
import type { CypherTx } from '../neo4j-context';
import { cypherInt } from '../neo4j-values';
import { requireLimit } from './validate-query-options';

/**
 * Entities co-mentioned with `key`, by count desc then key, with PMI over articles:
 * log2(P(a,b) / (P(a) P(b))), P(x) = articleCount(x) / articles.
 */
export async function cooccurrences(
  tx: CypherTx,
  key: string,
  options: CooccurrenceOptions,
): Promise<Cooccurrence[]> {
  requireLimit(options.limit);
  const rows = await tx.run('queries/cooccurrences', {
    key,
    types: options.types && options.types.length > 0 ? [...options.types] : null,
    since: options.since ?? null,
    until: options.until ?? null,
    limit: cypherInt(options.limit),
  });
  return rows.map((row) => {
    const articleCount = row.articleCount as number;
    const [own, other] = row.entityArticleCounts as [number, number];
    const articles = row.articles as number;
    return {
      key: row.key as string,
      count: row.count as number,
      articleCount,
      pmi: Math.log2((articleCount * articles) / (own * other)),
    };
  });
}
