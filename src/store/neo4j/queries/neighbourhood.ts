import type { RelationType } from '../../../model/entity-types';
import type { Neighbourhood, NeighbourhoodOptions } from '../../graph-queries';
import type { RelationshipView } from '../../graph-store';
import type { CypherTx } from '../neo4j-context';
import { toRelationshipFields } from '../relationship-reads';
import { Adjacency, compareStrings } from './adjacency';
import { relationTypesParam } from './relation-types-param';
import { requireIntegerIn } from './validate-query-options';

const MAX_DEPTH = 3;
const MAX_LIMIT = 10_000;

/**
 * Breadth-first over the typed relationships, one batched read per level, so each entity is met
 * first at its shortest distance. A level is skipped once `limit` entities are nearer: they
 * would all rank after those.
 */
export async function neighbourhood(
  tx: CypherTx,
  key: string,
  options: NeighbourhoodOptions,
): Promise<Neighbourhood> {
  requireIntegerIn('depth', options.depth, 1, MAX_DEPTH);
  requireIntegerIn('limit', options.limit, 0, MAX_LIMIT);
  const relationTypes = relationTypesParam(options.types);
  const graph = new Adjacency();
  const distance = new Map<string, number>([[key, 0]]);
  let frontier = [key];
  for (let level = 1; level <= options.depth && frontier.length > 0; level += 1) {
    if (distance.size - 1 >= options.limit) break;
    await graph.expand(tx, frontier, relationTypes);
    const next: string[] = [];
    for (const from of frontier) {
      for (const other of graph.neighbours(from)) {
        if (distance.has(other)) continue;
        distance.set(other, level);
        next.push(other);
      }
    }
    frontier = next;
  }
  const entities = [...distance.entries()]
    .filter(([other]) => other !== key)
    .map(([other, d]) => ({ key: other, distance: d }))
    .sort(
      (a, b) =>
        a.distance - b.distance ||
        (graph.mentionCounts.get(b.key) ?? 0) - (graph.mentionCounts.get(a.key) ?? 0) ||
        compareStrings(a.key, b.key),
    )
    .slice(0, options.limit);
  const relationships = await relationshipsAmong(
    tx,
    [key, ...entities.map((e) => e.key)],
    relationTypes,
  );
  return { entities, relationships };
}

/** Seen from the subject; ordered by subject, type, object so the answer is stable. */
async function relationshipsAmong(
  tx: CypherTx,
  keys: string[],
  relationTypes: string[],
): Promise<RelationshipView[]> {
  const rows = await tx.run('queries/relationships-among', { keys, relationTypes });
  return rows
    .map((row) => {
      const fields = toRelationshipFields(
        row.type as RelationType,
        row.subjectKey as string,
        row.objectKey as string,
        row.aggregate as Record<string, unknown>,
      );
      return { ...fields, otherKey: fields.objectKey, direction: 'OUT' as const };
    })
    .sort(
      (a, b) =>
        compareStrings(a.subjectKey, b.subjectKey) ||
        compareStrings(a.type, b.type) ||
        compareStrings(a.objectKey, b.objectKey),
    );
}
