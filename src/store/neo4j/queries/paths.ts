import type { GraphPath, PathOptions } from '../../graph-queries';
import type { CypherTx } from '../neo4j-context';
import { Adjacency } from './adjacency';
import { enumeratePaths } from './enumerate-paths';
import { relationTypesParam } from './relation-types-param';
import { requireIntegerIn, requireLimit } from './validate-query-options';

const MAX_HOPS = 6;
/**
 * A bidirectional breadth-first search reads, one batched round trip per level, the typed edges
 * around both ends, always growing the smaller frontier, until the two depths add up to
 * maxHops. Every edge of a path of at most maxHops hops then has an expanded end, so the paths
 * are enumerated in memory, pruned by the exact distance to `to` where known.
 */
export async function paths(
  tx: CypherTx,
  from: string,
  to: string,
  options: PathOptions,
): Promise<GraphPath[]> {
  requireIntegerIn('maxHops', options.maxHops, 1, MAX_HOPS);
  requireLimit(options.limit);
  if (from === to || options.limit === 0) return [];
  const relationTypes = relationTypesParam(options.types);
  const graph = new Adjacency();
  const sides = [side(from), side(to)] as const;
  const [fromSide, toSide] = sides;
  while (fromSide.depth + toSide.depth < options.maxHops) {
    if (fromSide.frontier.length === 0 || toSide.frontier.length === 0) break;
    const grow = fromSide.frontier.length <= toSide.frontier.length ? fromSide : toSide;
    await graph.expand(tx, grow.frontier, relationTypes);
    const next: string[] = [];
    for (const key of grow.frontier) {
      for (const other of graph.neighbours(key)) {
        if (grow.distance.has(other)) continue;
        grow.distance.set(other, grow.depth + 1);
        next.push(other);
      }
    }
    grow.frontier = next;
    grow.depth += 1;
  }
  // Unseen from `to`'s side: further than its depth, or unreachable once its side ran dry.
  const beyond = toSide.frontier.length === 0 ? Infinity : toSide.depth + 1;
  return enumeratePaths(
    {
      neighbours: (key) => graph.neighbours(key),
      hopsBetween: (a, b) => graph.hopsBetween(a, b),
      minHopsToTarget: (key) => toSide.distance.get(key) ?? beyond,
    },
    from,
    to,
    options.maxHops,
    options.limit,
  );
}

interface SearchSide {
  distance: Map<string, number>;
  frontier: string[];
  depth: number;
}

function side(key: string): SearchSide {
  return { distance: new Map([[key, 0]]), frontier: [key], depth: 0 };
}
