import type { RelationType } from '../../../model/entity-types';
import type { CypherTx } from '../neo4j-context';
import { relationTypesParam } from './relation-types-param';

/** Keys of the entities related to both a and b (either direction), sorted. */
export async function commonNeighbours(
  tx: CypherTx,
  a: string,
  b: string,
  types?: readonly RelationType[],
): Promise<string[]> {
  const rows = await tx.run('queries/common-neighbours', {
    fromKey: a,
    toKey: b,
    relationTypes: relationTypesParam(types),
  });
  return rows.map((row) => row.key as string);
}
