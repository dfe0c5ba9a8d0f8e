import type { EntityRecord } from '../../model/graph';
import { normaliseName } from '../../model/ids';
import type { CypherTx } from './neo4j-context';

/**
 * MERGEs the entities on key in one statement, then gives existing entities the attribute keys
 * they lack (stored attributes win), in a second one only when some are missing.
 */
export async function writeEntities(
  tx: CypherTx,
  entities: readonly EntityRecord[],
): Promise<void> {
  if (entities.length === 0) return;
  const rows = [...entities]
    .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))
    .map((entity) => {
      const aliases = entity.aliases.map((alias) => alias.trim()).filter((alias) => alias !== '');
      return {
        key: entity.key,
        type: entity.type,
        name: entity.name,
        normalisedName: normaliseName(entity.name),
        wikidataId: entity.wikidataId ?? null,
        attributes: entity.attributes ? JSON.stringify(entity.attributes) : null,
        aliases,
        aliasForms: aliases.filter((alias) => alias !== entity.name).map(normaliseName),
      };
    });
  const stored = await tx.run('entity/merge-entities', { rows });
  const given = new Map(entities.map((entity) => [entity.key, entity.attributes]));
  const updates = stored.flatMap((row) => {
    const merged = withMissingKeys(row.attributes as string | null, given.get(row.key as string));
    return merged === undefined ? [] : [{ key: row.key, attributes: merged }];
  });
  if (updates.length > 0) await tx.run('entity/set-attributes', { rows: updates });
}

/** The stored attributes plus the given keys they lack, as JSON; undefined when nothing is new. */
function withMissingKeys(
  storedJson: string | null,
  given: Record<string, string> | undefined,
): string | undefined {
  if (!given) return undefined;
  const stored = storedJson === null ? {} : (JSON.parse(storedJson) as Record<string, string>);
  const missing = Object.keys(given).filter((key) => !(key in stored));
  if (missing.length === 0) return undefined;
  return JSON.stringify({ ...given, ...stored });
}
