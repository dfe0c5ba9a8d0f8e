import type { GraphPath, PathOptions } from '../../graph-queries';
import type { SqliteContext } from '../sqlite-context';
import { Adjacency } from './adjacency';
import { typesParam } from './date-range';
import { requireIntegerIn, requireLimit } from './validate-query-options';

/**
 * Simple paths, shortest first, ties by key sequence. Recursive SQL would enumerate every walk
 * up to maxHops (exponential on a busy graph), so instead: one breadth-first pass from `to`
 * (a batched adjacency read per level) gives every entity's distance to `to`; then a
 * depth-first walk from `from`, neighbours in key order, only steps to entities that can still
 * reach `to` in the hops left. Each pass of one length yields its paths already in key order,
 * and the walk stops as soon as `limit` paths are found.
 */
export function paths(
  ctx: SqliteContext,
  from: string,
  to: string,
  options: PathOptions,
): GraphPath[] {
  requireIntegerIn('maxHops', options.maxHops, 1, 6);
  requireLimit(options.limit);
  if (from === to || options.limit === 0) return [];
  const graph = new Adjacency(ctx, typesParam(options.types));
  const distanceToEnd = distancesTo(graph, to, options.maxHops - 1);
  // Hops out of `from` may reach entities at distance maxHops - 1, which the pass did not expand.
  graph.expand([from]);
  const shortest = Math.min(
    ...graph.neighbours(from).map((next) => (distanceToEnd.get(next) ?? Infinity) + 1),
  );
  const found: GraphPath[] = [];
  for (
    let length = shortest;
    length <= options.maxHops && found.length < options.limit;
    length += 1
  ) {
    walk(graph, distanceToEnd, [from], to, length, options.limit, found);
  }
  return found;
}

/** Distances to `end` of every entity within `maxDistance`, expanding all nearer ones. */
function distancesTo(graph: Adjacency, end: string, maxDistance: number): Map<string, number> {
  const distance = new Map<string, number>([[end, 0]]);
  let frontier = [end];
  for (let level = 1; level <= maxDistance && frontier.length > 0; level += 1) {
    graph.expand(frontier);
    const next: string[] = [];
    for (const key of frontier) {
      for (const other of graph.neighbours(key)) {
        if (distance.has(other)) continue;
        distance.set(other, level);
        next.push(other);
      }
    }
    frontier = next;
  }
  return distance;
}

/** Appends, in key order, the simple paths of exactly `length` hops extending `prefix`. */
function walk(
  graph: Adjacency,
  distanceToEnd: ReadonlyMap<string, number>,
  prefix: string[],
  end: string,
  length: number,
  limit: number,
  found: GraphPath[],
): void {
  const here = prefix[prefix.length - 1] as string;
  const left = length - (prefix.length - 1);
  if (left === 0) {
    if (here === end) found.push(toPath(graph, prefix));
    return;
  }
  for (const next of graph.neighbours(here)) {
    if (found.length >= limit) return;
    const distance = distanceToEnd.get(next);
    if (distance === undefined || distance > left - 1) continue;
    if (next === end && left > 1) continue;
    if (prefix.includes(next)) continue;
    prefix.push(next);
    walk(graph, distanceToEnd, prefix, end, length, limit, found);
    prefix.pop();
  }
}

function toPath(graph: Adjacency, keys: readonly string[]): GraphPath {
  const hops = keys.slice(1).map((key, i) => {
    const hop = graph.hop(keys[i] as string, key);
    if (!hop) throw new Error(`paths: no hop read between ${keys[i]} and ${key}`);
    return { subjectKey: hop.subjectKey, type: hop.type, objectKey: hop.objectKey };
  });
  return { keys: [...keys], hops };
}
