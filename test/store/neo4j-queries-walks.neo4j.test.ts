import type { Driver } from 'neo4j-driver';
import type { GraphPath } from '../../src/store/graph-queries';
import type { GraphSnapshot } from '../../src/store/graph-store';
import { Neo4jGraphStore } from '../../src/store/neo4j';
import { clearDatabase, connectTestDriver } from '../support/neo4j';
import { randomArticles } from './neo4j-queries-random-graphs';

/**
 * The bidirectional search behind `paths` and the level-by-level walk behind `neighbourhood`
 * prune and stop early; on random graphs, denser and more cyclic than the contract fixture,
 * they must give exactly what exhaustive enumeration over the snapshot's relationships gives.
 */

type Link = GraphSnapshot['relationships'][number];

/** Every simple path up to maxHops by exhaustive search, ordered and shown as the contract says. */
function allPaths(links: Link[], from: string, to: string, maxHops: number): GraphPath[] {
  const between = new Map<string, Link[]>();
  const neighbours = new Map<string, Set<string>>();
  for (const link of links) {
    for (const [a, b] of [
      [link.subjectKey, link.objectKey],
      [link.objectKey, link.subjectKey],
    ] as const) {
      between.set(`${a} ${b}`, [...(between.get(`${a} ${b}`) ?? []), link]);
      neighbours.set(a, (neighbours.get(a) ?? new Set()).add(b));
    }
  }
  const found: string[][] = [];
  const walk = (keys: string[]): void => {
    const last = keys[keys.length - 1] as string;
    if (last === to) {
      found.push(keys);
      return;
    }
    if (keys.length > maxHops) return;
    for (const next of neighbours.get(last) ?? []) if (!keys.includes(next)) walk([...keys, next]);
  };
  if (from !== to) walk([from]);
  return found
    .sort((a, b) => a.length - b.length || compareKeyLists(a, b))
    .map((keys) => ({
      keys,
      hops: keys.slice(1).map((key, i) => {
        const [first] = [...(between.get(`${keys[i]} ${key}`) ?? [])].sort(
          (x, y) => cmp(x.type, y.type) || cmp(x.subjectKey, y.subjectKey),
        );
        const link = first as Link;
        return { subjectKey: link.subjectKey, type: link.type, objectKey: link.objectKey };
      }),
    }));
}

function compareKeyLists(a: string[], b: string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const order = cmp(a[i] as string, b[i] as string);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Breadth-first distances, ordered by distance, mentionCount desc, key. */
function expectedNeighbours(snapshot: GraphSnapshot, key: string, depth: number, limit: number) {
  const distance = new Map([[key, 0]]);
  for (let level = 1, frontier = [key]; level <= depth; level += 1) {
    const next: string[] = [];
    for (const link of snapshot.relationships) {
      for (const [a, b] of [
        [link.subjectKey, link.objectKey],
        [link.objectKey, link.subjectKey],
      ] as const) {
        if (frontier.includes(a) && !distance.has(b)) {
          distance.set(b, level);
          next.push(b);
        }
      }
    }
    frontier = next;
  }
  const mentions = new Map(snapshot.entities.map((e) => [e.key, e.mentionCount]));
  return [...distance.entries()]
    .filter(([other]) => other !== key)
    .map(([other, d]) => ({ key: other, distance: d }))
    .sort(
      (a, b) =>
        a.distance - b.distance ||
        (mentions.get(b.key) ?? 0) - (mentions.get(a.key) ?? 0) ||
        cmp(a.key, b.key),
    )
    .slice(0, limit);
}

let driver: Driver;
let store: Neo4jGraphStore;

beforeAll(async () => {
  driver = connectTestDriver();
  store = new Neo4jGraphStore(driver);
  await store.migrate();
});

afterAll(async () => {
  await clearDatabase(driver);
  await driver.close();
});

describe.each([1, 2, 3])('Neo4j walks on random graph %i', (seed) => {
  let snapshot: GraphSnapshot;
  let keys: string[];

  beforeAll(async () => {
    await clearDatabase(driver);
    for (const graph of randomArticles(seed, 48)) await store.upsertArticle(graph);
    snapshot = await store.snapshot();
    keys = snapshot.entities.map((e) => e.key);
  });

  it('finds exactly the simple paths exhaustive search finds, in contract order', async () => {
    expect(snapshot.relationships.length).toBeGreaterThan(15);
    let pathsSeen = 0;
    for (let i = 0; i < 6; i += 1) {
      const from = keys[(i * 5) % keys.length] as string;
      const to = keys[(i * 7 + 3) % keys.length] as string;
      for (const maxHops of [2, 4, 6]) {
        const expected = allPaths(snapshot.relationships, from, to, maxHops);
        pathsSeen += expected.length;
        const got = await store.paths(from, to, { maxHops, limit: 10_000 });
        expect({ from, to, maxHops, paths: got }).toEqual({ from, to, maxHops, paths: expected });
        const first = await store.paths(from, to, { maxHops, limit: 3 });
        expect(first).toEqual(expected.slice(0, 3));
      }
    }
    // The pairs must be connected often enough for the comparison to mean something.
    expect(pathsSeen).toBeGreaterThan(50);
  });

  it('gives each entity once at its breadth-first distance, in contract order', async () => {
    for (const key of keys.slice(0, 8)) {
      for (const depth of [1, 2, 3]) {
        for (const limit of [3, 10_000]) {
          const got = await store.neighbourhood(key, { depth, limit });
          expect({ key, depth, limit, entities: got.entities }).toEqual({
            key,
            depth,
            limit,
            entities: expectedNeighbours(snapshot, key, depth, limit),
          });
          const members = new Set([key, ...got.entities.map((e) => e.key)]);
          const among = snapshot.relationships.filter(
            (r) => members.has(r.subjectKey) && members.has(r.objectKey),
          );
          expect(got.relationships.map((r) => `${r.subjectKey} ${r.type} ${r.objectKey}`)).toEqual(
            among.map((r) => `${r.subjectKey} ${r.type} ${r.objectKey}`),
          );
        }
      }
    }
  });
});
