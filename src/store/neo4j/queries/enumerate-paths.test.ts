import type { RelationType } from '../../../model/entity-types';
import type { Hop } from './adjacency';
import { enumeratePaths, type PathGraph } from './enumerate-paths';

/** A small in-memory graph from `s TYPE o` lines, with exact BFS distances to `target`. */
function graphOf(lines: string[], target: string): PathGraph {
  const edges = new Map<string, Map<string, Hop[]>>();
  const link = (a: string, b: string, hop: Hop) => {
    const byOther = edges.get(a) ?? new Map<string, Hop[]>();
    edges.set(a, byOther);
    byOther.set(
      b,
      [...(byOther.get(b) ?? []), hop].sort((x, y) => (x.type < y.type ? -1 : 1)),
    );
  };
  for (const line of lines) {
    const [subjectKey, type, objectKey] = line.split(' ') as [string, RelationType, string];
    const hop = { subjectKey, type, objectKey };
    link(subjectKey, objectKey, hop);
    link(objectKey, subjectKey, hop);
  }
  const distance = new Map([[target, 0]]);
  for (let frontier = [target]; frontier.length > 0;) {
    const next: string[] = [];
    for (const key of frontier) {
      for (const other of edges.get(key)?.keys() ?? []) {
        if (!distance.has(other)) {
          distance.set(other, (distance.get(key) ?? 0) + 1);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return {
    neighbours: (key) => edges.get(key)?.keys() ?? [],
    hopsBetween: (a, b) => edges.get(a)?.get(b) ?? [],
    minHopsToTarget: (key) => distance.get(key) ?? Infinity,
  };
}

describe('enumeratePaths', () => {
  const diamond = graphOf(
    ['a MET_WITH c', 'a MET_WITH b', 'c SUPPORTS d', 'b SUPPORTS d', 'a OPPOSES d', 'b MET_WITH c'],
    'd',
  );

  it('gives the direct hop first, then two-hop paths by their keys, then longer ones', () => {
    const found = enumeratePaths(diamond, 'a', 'd', 3, 10).map((p) => p.keys.join('>'));
    expect(found).toEqual(['a>d', 'a>b>d', 'a>c>d', 'a>b>c>d', 'a>c>b>d']);
  });

  it('keeps hops in their stored direction and stops at the limit', () => {
    const [first, second] = enumeratePaths(diamond, 'd', 'a', 2, 2);
    expect(first?.hops).toEqual([{ subjectKey: 'a', type: 'OPPOSES', objectKey: 'd' }]);
    expect(second?.keys).toEqual(['d', 'b', 'a']);
    expect(enumeratePaths(diamond, 'd', 'a', 2, 2)).toHaveLength(2);
  });

  it('gives one path per key sequence, shown by its first link by type', () => {
    const parallel = graphOf(['a SUPPORTS b', 'b MET_WITH a', 'b HOSTED c'], 'c');
    expect(enumeratePaths(parallel, 'a', 'c', 2, 10)).toEqual([
      {
        keys: ['a', 'b', 'c'],
        hops: [
          { subjectKey: 'b', type: 'MET_WITH', objectKey: 'a' },
          { subjectKey: 'b', type: 'HOSTED', objectKey: 'c' },
        ],
      },
    ]);
  });

  it('never repeats an entity and respects maxHops', () => {
    const cycle = graphOf(['a MET_WITH b', 'b MET_WITH c', 'c MET_WITH a', 'c HOSTED z'], 'z');
    const found = enumeratePaths(cycle, 'a', 'z', 6, 10).map((p) => p.keys.join('>'));
    expect(found).toEqual(['a>c>z', 'a>b>c>z']);
    expect(enumeratePaths(cycle, 'a', 'z', 1, 10)).toEqual([]);
  });
});
