import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityType } from '../../src/model/entity-types';
import { reconcileAfterIngest } from '../../src/ingest/reconcile-after-ingest';
import { createResolver } from '../../src/resolve';
import type { GraphStore } from '../../src/store/graph-store';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';
import { buildExtraction } from '../fixtures/resolve/build-extraction';

describe('reconcileAfterIngest', () => {
  let dir: string;
  let path: string;
  let store: GraphStore;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-reconcile-after-'));
    path = join(dir, 'graph.db');
    store = openSqliteStore(path);
    await store.migrate();
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function ingest(articles: [id: string, names: [EntityType, string][]][]) {
    const resolver = createResolver({ lookup: store, extractorVersion: 'test/1' });
    for (const [id, names] of articles) {
      const extraction = buildExtraction({
        id,
        sentences: names.map(([, name]) => `${name} reported results.`),
        entities: names.map(([type, name], sentence) => ({
          type,
          name,
          mentions: [{ sentence, text: name }],
        })),
      });
      await store.upsertArticle(await resolver.resolveArticle(extraction));
    }
  }

  it('runs the passes again while a round merges, so a second run finds nothing left to merge', async () => {
    await ingest([
      // A place the tagger read into a company's short name: only once "Nortel" has joined
      // Nortel Networks (a short form, in round one) does an organisation answer to it.
      ['place', [['Location', 'Nortel']]],
      ...[1, 2].map((i): [string, [EntityType, string][]] => [
        `short-${i}`,
        [
          ['Organization', 'Nortel Networks'],
          ['Organization', 'Nortel'],
        ],
      ]),
      ['full', [['Organization', 'Nortel Networks']]],
    ]);
    const config = { kind: 'sqlite' as const, path };

    expect(await reconcileAfterIngest(config, store)).toBe(2);
    expect((await store.findEntitiesByName('Nortel')).map((e) => e.key)).toEqual([
      'organization:nortel-networks',
    ]);
    expect(await reconcileAfterIngest(config, store)).toBe(0);
  });
});
