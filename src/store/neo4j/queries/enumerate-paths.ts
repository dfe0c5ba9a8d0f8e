import type { GraphPath } from '../../graph-queries';
import { compareStrings, type Hop } from './adjacency';

/** What the enumeration needs of the graph read so far. */
export interface PathGraph {
  neighbours(key: string): Iterable<string>;
  hopsBetween(a: string, b: string): Hop[];
  /** A lower bound on the hops from `key` to the target (Infinity when unreachable). */
  minHopsToTarget(key: string): number;
}

/**
 * Simple paths from `from` to `to` (a path is its key sequence; each step is shown by its first
 * link by type, then subject), shortest first, then by the keys element by element. Walks each length depth-first over sorted
 * neighbours, so paths come out already ordered and the walk stops at `limit`; the lower bound
 * prunes every branch that cannot reach `to` in the hops left.
 */
export function enumeratePaths(
  graph: PathGraph,
  from: string,
  to: string,
  maxHops: number,
  limit: number,
): GraphPath[] {
  const found: GraphPath[] = [];
  if (limit <= 0 || from === to) return found;
  const sorted = new Map<string, string[]>();
  const sortedNeighbours = (key: string): string[] => {
    let list = sorted.get(key);
    if (!list) sorted.set(key, (list = [...graph.neighbours(key)].sort(compareStrings)));
    return list;
  };
  const start = Math.max(1, graph.minHopsToTarget(from));
  for (let length = start; length <= maxHops && found.length < limit; length += 1) {
    const keys = [from];
    const onPath = new Set(keys);
    const walk = (key: string, left: number): void => {
      for (const next of sortedNeighbours(key)) {
        if (found.length >= limit) return;
        if (onPath.has(next)) continue;
        if (next === to) {
          if (left === 1) found.push(toPath(graph, [...keys, to]));
          continue;
        }
        if (left <= 1 || graph.minHopsToTarget(next) > left - 1) continue;
        keys.push(next);
        onPath.add(next);
        walk(next, left - 1);
        onPath.delete(next);
        keys.pop();
      }
    };
    walk(from, length);
  }
  return found;
}

/** The path through `keys`, each step by its first link (type, then subject). */
function toPath(graph: PathGraph, keys: string[]): GraphPath {
  const hops = keys.slice(1).map((key, i) => {
    const [first] = graph.hopsBetween(keys[i] as string, key);
    if (!first) throw new Error(`no link read between ${keys[i]} and ${key}`);
    return { ...first };
  });
  return { keys, hops };
}
