import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodesAfterMerges } from '../../src/ingest/nodes-after-merges';
import type { TypedNode } from '../../src/resolve/reconcile-other-types';
import type { GraphStore } from '../../src/store/graph-store';
import { openExportSource } from '../../src/store/open-export-source';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';
import { KREMLIN, MOSCOW, PUTIN, V_PUTIN, XI } from '../fixtures/graphs/entities';
import { duplicateEntityGraph } from '../fixtures/graphs/duplicate-entity-article';
import { secondSourceGraph } from '../fixtures/graphs/second-source-article';
import { seedArticleGraph } from '../fixtures/graphs/seed-article';

/** What the end-of-run passes see of a node. */
const typed = ({ key, type, name, aliases, wikidataId, articleCount }: TypedNode) => ({
  key,
  type,
  name,
  aliases,
  ...(wikidataId !== undefined ? { wikidataId } : {}),
  articleCount,
});

describe('nodesAfterMerges', () => {
  let dir: string;
  let path: string;
  let store: GraphStore;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-nodes-after-merges-'));
    path = join(dir, 'graph.db');
    store = openSqliteStore(path);
    await store.migrate();
    await store.upsertArticles([seedArticleGraph(), secondSourceGraph(), duplicateEntityGraph()]);
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function readAllNodes(): Promise<TypedNode[]> {
    const source = await openExportSource({ kind: 'sqlite', path });
    const nodes: TypedNode[] = [];
    try {
      for await (const node of source.nodes({})) nodes.push(node);
    } finally {
      await source.close();
    }
    return nodes;
  }

  it('gives what reading every node again gives, in the same order', async () => {
    const before = await readAllNodes();
    const made = await store.mergeEntitiesInOrder([
      { keys: [V_PUTIN.key], into: PUTIN.key, by: { by: 'test' } },
      { keys: [KREMLIN.key], into: MOSCOW.key, by: { by: 'test' } },
    ]);
    const after = await nodesAfterMerges(store, before, made);
    expect(after.map(typed)).toEqual((await readAllNodes()).map(typed));
    expect(after.some((n) => n.key === V_PUTIN.key || n.key === KREMLIN.key)).toBe(false);
    expect(after.find((n) => n.key === PUTIN.key)?.aliases).toContain('V. Putin');
  });

  it('drops a target that a later merge of the same call merged away', async () => {
    const before = await readAllNodes();
    const made = await store.mergeEntitiesInOrder([
      { keys: [V_PUTIN.key], into: PUTIN.key, by: { by: 'test' } },
      { keys: [PUTIN.key], into: XI.key, by: { by: 'test' } },
    ]);
    const after = await nodesAfterMerges(store, before, made);
    expect(after.map(typed)).toEqual((await readAllNodes()).map(typed));
    expect(after.some((n) => n.key === PUTIN.key)).toBe(false);
  });

  it('changes nothing without merges', async () => {
    const before = await readAllNodes();
    await expect(nodesAfterMerges(store, before, [])).resolves.toEqual(before);
  });
});
