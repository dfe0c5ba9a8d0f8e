import fc from 'fast-check';
import type { Driver } from 'neo4j-driver';
import type { ArticleGraph } from '../../src/model/graph';
import type { GraphSnapshot, GraphStore } from '../../src/store/graph-store';
import { Neo4jGraphStore } from '../../src/store/neo4j';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';
import { clearDatabase, connectTestDriver } from '../support/neo4j';
import {
  aliasAt,
  articleArbitrary,
  articleGraph,
  articleId,
  invariantViolations,
  operationArbitrary,
  POOL,
  sameData,
  type Operation,
} from './random-operations-model';

// Random sequences of ingest, changed re-ingest, unchanged re-ingest, delete, merge, undo and
// alias, applied to SQLite and Neo4j side by side. After every step both stores must keep the
// invariants of docs/store-semantics.md and hold the same snapshot. FC_SEED replays a failure;
// FC_SEED and FC_RUNS explore further. CI runs the fixed seed, so every run checks the same cases.
const SEED = Number(process.env.FC_SEED ?? 20_250_509);
const RUNS = Number(process.env.FC_RUNS ?? 30);
const MAX_OPERATIONS = 12;
const ACTOR = { by: 'property-test', reason: 'random operations' };

interface Stores {
  sqlite: GraphStore;
  neo4j: GraphStore;
}

/** What the operations have left behind, to pick valid targets and know which articles live. */
interface RunState {
  lastGraph: Map<string, ArticleGraph>;
  live: Set<string>;
  /** Merges not yet undone, most recent last, with each store's own merge id. */
  merges: StandingMerge[];
}

interface StandingMerge {
  sqlite: string;
  neo4j: string;
  merged: string;
  into: string;
  /** An analyst alias went to `into`, or an article was written or deleted, since the merge. */
  aliasedSince?: boolean;
  articlesChangedSince?: boolean;
}

/**
 * How often the sequences reached the undo cases the stores once disagreed on; the test fails
 * when a change to the generators or the seed stops reaching them.
 */
const reached = { undone: 0, refused: 0, undoneAfterAlias: 0, undoneAfterArticleChange: 0 };

/** A store call's result, or the name of the typed error it threw, comparable across stores. */
async function outcome(call: () => Promise<unknown>): Promise<unknown> {
  try {
    return { ok: await call() };
  } catch (error) {
    return { error: error instanceof Error ? error.name : String(error) };
  }
}

/** Applies one operation to both stores; returns their outcomes, or null when it does not apply. */
async function apply(
  stores: Stores,
  state: RunState,
  op: Operation,
): Promise<{ sqlite: unknown; neo4j: unknown } | null> {
  const both = async (call: (store: GraphStore) => Promise<unknown>) => ({
    sqlite: await outcome(() => call(stores.sqlite)),
    neo4j: await outcome(() => call(stores.neo4j)),
  });
  switch (op.kind) {
    case 'ingest': {
      const graph = articleGraph(op.article);
      for (const m of state.merges) m.articlesChangedSince = true;
      state.lastGraph.set(graph.article.id, graph);
      state.live.add(graph.article.id);
      return both((store) => store.upsertArticle(graph));
    }
    case 'reingestSame': {
      const graph = pick([...state.live].sort(), op.id, (id) => state.lastGraph.get(id));
      if (graph === undefined) return null;
      return both((store) => store.upsertArticle(graph));
    }
    case 'delete': {
      // Mostly a live article; an unknown id (false from both) only when none is left.
      const id = pick([...state.live].sort(), op.id, (live) => live) ?? articleId(op.id);
      state.live.delete(id);
      for (const m of state.merges) m.articlesChangedSince = true;
      return both((store) => store.deleteArticle(id));
    }
    case 'merge': {
      // Targets are picked among the entities present, so most merges really move something.
      const present = await presentKeys(stores.sqlite);
      if (present.length < 2) return null;
      const from = present[op.from % present.length] as string;
      const into = present[
        (op.from + 1 + (op.into % (present.length - 1))) % present.length
      ] as string;
      const result = {
        sqlite: await outcome(() => stores.sqlite.mergeEntities([from], into, ACTOR)),
        neo4j: await outcome(() => stores.neo4j.mergeEntities([from], into, ACTOR)),
      };
      const ids = mergeIds(result);
      if (ids) state.merges.push({ ...ids, merged: from, into });
      return result;
    }
    case 'undoMerge': {
      const last = state.merges.pop();
      if (last === undefined) return null;
      // A later ingest may have re-created the merged key: both stores then refuse with
      // StoreConflictError and change nothing. The merge stays standing and is tried again after
      // the others, so later undos also take earlier merges out of order (where a target merged
      // away since is the other refusal).
      const result = {
        sqlite: await outcome(() => stores.sqlite.undoMerge(last.sqlite, ACTOR)),
        neo4j: await outcome(() => stores.neo4j.undoMerge(last.neo4j, ACTOR)),
      };
      if (isRefusal(result.sqlite)) {
        state.merges.unshift(last);
        reached.refused += 1;
      } else {
        reached.undone += 1;
        if (last.aliasedSince) reached.undoneAfterAlias += 1;
        if (last.articlesChangedSince) reached.undoneAfterArticleChange += 1;
      }
      return result;
    }
    case 'addAlias': {
      // Often the target of a merge that an undo may take next; else an entity present, or a
      // pool entity (NotFoundError from both) when there is none.
      const key =
        (op.onMergeTarget ? state.merges.at(-1)?.into : undefined) ??
        pick(await presentKeys(stores.sqlite), op.entity, (k) => k) ??
        (POOL[op.entity % POOL.length]?.key as string);
      for (const m of state.merges) if (m.into === key) m.aliasedSince = true;
      return both((store) => store.addAlias(key, aliasAt(op.alias), ACTOR));
    }
    default: {
      const never: never = op;
      throw new Error(`unknown operation ${JSON.stringify(never)}`);
    }
  }
}

function isRefusal(outcome: unknown): boolean {
  return (outcome as { error?: string }).error === 'StoreConflictError';
}

async function presentKeys(store: GraphStore): Promise<string[]> {
  return (await store.snapshot()).entities.map((e) => e.key);
}

/** The `choice`-th element of a list (modulo its length), mapped; undefined when empty. */
function pick<T, R>(list: readonly T[], choice: number, map: (item: T) => R): R | undefined {
  const item = list[choice % Math.max(list.length, 1)];
  return item === undefined ? undefined : map(item);
}

function mergeIds(result: {
  sqlite: unknown;
  neo4j: unknown;
}): { sqlite: string; neo4j: string } | null {
  const id = (o: unknown) => (o as { ok?: { id?: string } }).ok?.id;
  const sqlite = id(result.sqlite);
  const neo4j = id(result.neo4j);
  return sqlite !== undefined && neo4j !== undefined ? { sqlite, neo4j } : null;
}

/** Merge records carry a store-made id and a clock time; the rest must agree. */
function comparable(value: unknown): unknown {
  const ok = (value as { ok?: unknown }).ok;
  if (ok && typeof ok === 'object' && 'id' in ok && 'at' in ok) {
    const { id: _id, at: _at, ...rest } = ok as Record<string, unknown>;
    return { ok: rest };
  }
  return value;
}

function snapshotDifferences(sqlite: GraphSnapshot, neo4j: GraphSnapshot): string[] {
  return (Object.keys(sqlite) as (keyof GraphSnapshot)[])
    .filter((field) => !sameData(sqlite[field], neo4j[field]))
    .map(
      (field) =>
        `snapshot.${field} differs:\n  sqlite ${JSON.stringify(sqlite[field])}\n  neo4j  ${JSON.stringify(neo4j[field])}`,
    );
}

async function checkStep(
  stores: Stores,
  state: RunState,
  step: number,
  op: Operation,
  outcomes: { sqlite: unknown; neo4j: unknown },
) {
  const problems: string[] = [];
  if (!sameData(comparable(outcomes.sqlite), comparable(outcomes.neo4j))) {
    problems.push(
      `outcomes differ: sqlite ${JSON.stringify(outcomes.sqlite)}, neo4j ${JSON.stringify(outcomes.neo4j)}`,
    );
  }
  for (const kind of ['sqlite', 'neo4j'] as const) {
    for (const problem of await invariantViolations(stores[kind], state.live)) {
      problems.push(`${kind}: ${problem}`);
    }
  }
  problems.push(
    ...snapshotDifferences(await stores.sqlite.snapshot(), await stores.neo4j.snapshot()),
  );
  if (problems.length > 0) {
    throw new Error(`after step ${step} ${JSON.stringify(op)}:\n${problems.join('\n')}`);
  }
}

let driver: Driver;

beforeAll(() => {
  driver = connectTestDriver();
});

afterAll(async () => {
  await driver.close();
});

describe('random operation sequences on SQLite and Neo4j', () => {
  it('keep aggregates, counts and references consistent, and both stores equal, after every step', async () => {
    await fc.assert(
      fc.asyncProperty(
        // A few articles first, so deletes, merges and aliases have something to work on.
        fc.array(articleArbitrary, { minLength: 2, maxLength: 3 }),
        fc.array(operationArbitrary, { minLength: 3, maxLength: MAX_OPERATIONS }),
        async (initial, rest) => {
          const operations: Operation[] = [
            ...initial.map((article) => ({ kind: 'ingest' as const, article })),
            ...rest,
          ];
          await clearDatabase(driver);
          const neo4j = new Neo4jGraphStore(driver);
          await neo4j.migrate();
          const sqlite = openSqliteStore(':memory:');
          await sqlite.migrate();
          const stores = { sqlite, neo4j };
          const state: RunState = { lastGraph: new Map(), live: new Set(), merges: [] };
          try {
            for (const [step, op] of operations.entries()) {
              const outcomes = await apply(stores, state, op);
              if (outcomes) await checkStep(stores, state, step, op, outcomes);
            }
          } finally {
            await sqlite.close();
          }
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
    // The fixed run must reach every undo case; an exploring one (FC_SEED, FC_RUNS) need not.
    if (process.env.FC_SEED === undefined && process.env.FC_RUNS === undefined) {
      for (const [undoCase, count] of Object.entries(reached)) {
        expect([undoCase, count > 0]).toEqual([undoCase, true]);
      }
    }
  }, 600_000);
});
