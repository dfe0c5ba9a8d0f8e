import type { GraphPath, PathOptions } from '../../graph-queries';
import type { SqliteContext } from '../sqlite-context';
import { Adjacency } from './adjacency';
import { typesParam } from './date-range';
import { DistancesTo } from './distances-to';
import { requireIntegerIn, requireLimit } from './validate-query-options';

/**
 * Simple paths, shortest first, ties by key sequence. Recursive SQL would enumerate every walk
 * up to maxHops (exponential on a busy graph), so instead, for each length in turn: grow a
 * breadth-first search from `to` just far enough (one batched adjacency read per level), then
 * walk depth-first from `from`, neighbours in key order, stepping only to entities that can
 * still reach `to` in the hops left. Each length yields its paths already in key order, and
 * the search stops once `limit` paths are found, so a busy pair with short paths reads little.
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
  // Its first hop may reach entities that the search from `to` has seen but not expanded.
  graph.expand([from]);
  const distanceToEnd = new DistancesTo(graph, to);
  const found: GraphPath[] = [];
  for (let length = 1; length <= options.maxHops && found.length < options.limit; length += 1) {
    // Walking `length` hops asks distances up to length - 1 and edges of entities nearer.
    distanceToEnd.reach(length - 1);
    walk(graph, distanceToEnd, [from], to, length, options.limit, found);
  }
  return found;
}

/** Appends, in key order, the simple paths of exactly `length` hops extending `prefix`. */
function walk(
  graph: Adjacency,
  distanceToEnd: DistancesTo,
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
