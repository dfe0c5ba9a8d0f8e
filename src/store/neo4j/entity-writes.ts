import type { EntityRecord } from '../../model/graph';
import { normaliseName } from '../../model/ids';
import type { CypherTx } from './neo4j-context';

interface EntityRow {
  key: string;
  type: string;
  name: string;
  normalisedName: string;
  wikidataId: string | null;
  attributes: string | null;
  aliases: string[];
  aliasForms: string[];
}

/**
 * MERGEs the entities on key in one statement, then gives existing entities the attribute keys
 * they lack (stored attributes win), in a second one only when some are missing.
 *
 * `entities` are in write order and may name one key several times (a batch of articles): the
 * first record creates the entity, aliases accumulate, and an attribute key is taken from the
 * first record that has it — what writing them one after the other would leave.
 */
export async function writeEntities(
  tx: CypherTx,
  entities: readonly EntityRecord[],
): Promise<void> {
  if (entities.length === 0) return;
  const { rows, given } = entityRows(entities);
  const stored = await tx.run('entity/merge-entities', { rows });
  const updates = stored.flatMap((row) => {
    const merged = withMissingKeys(row.attributes as string | null, given.get(row.key as string));
    return merged === undefined ? [] : [{ key: row.key, attributes: merged }];
  });
  if (updates.length > 0) await tx.run('entity/set-attributes', { rows: updates });
}

/** One row per key, sorted by key (the order entities are locked in), and the given attributes. */
function entityRows(entities: readonly EntityRecord[]) {
  const rows = new Map<string, EntityRow>();
  const given = new Map<string, Record<string, string>>();
  for (const entity of entities) {
    const aliases = entity.aliases.map((alias) => alias.trim()).filter((alias) => alias !== '');
    const aliasForms = aliases.filter((alias) => alias !== entity.name).map(normaliseName);
    const row = rows.get(entity.key);
    if (row) {
      row.aliases.push(...aliases);
      row.aliasForms.push(...aliasForms);
    } else {
      rows.set(entity.key, {
        key: entity.key,
        type: entity.type,
        name: entity.name,
        normalisedName: normaliseName(entity.name),
        wikidataId: entity.wikidataId ?? null,
        attributes: entity.attributes ? JSON.stringify(entity.attributes) : null,
        aliases,
        aliasForms,
      });
    }
    if (entity.attributes) {
      given.set(entity.key, { ...entity.attributes, ...given.get(entity.key) });
    }
  }
  const sorted = [...rows.values()].sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  return { rows: sorted, given };
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
