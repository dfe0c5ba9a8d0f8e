import type { EntityType } from '../../model/entity-types';
import type { CoMention } from '../graph-store';
import type { CypherTx } from './neo4j-context';
import { distinctSorted } from './triple';

/** Each key's sentence company, most often first (GraphStore.coMentionsOf). */
export async function coMentionsOf(
  tx: CypherTx,
  keys: readonly string[],
): Promise<Map<string, CoMention[]>> {
  const byKey = new Map<string, CoMention[]>(keys.map((key) => [key, []]));
  if (keys.length === 0) return byKey;
  const rows = await tx.run('comention/co-mentions-of', { keys: distinctSorted(keys) });
  for (const row of rows) {
    byKey.get(row.key as string)?.push({
      key: row.other as string,
      type: row.type as EntityType,
      count: row.count as number,
      articleCount: row.articleCount as number,
    });
  }
  return byKey;
}
