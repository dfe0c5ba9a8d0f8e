import type { ExtractionResult } from '../../src/model/extraction';
import { createResolver } from '../../src/resolve';
import {
  findOneWordPlurals,
  namedTogetherMostly,
  reconcileOneWordPlurals,
  RECONCILE_PLURALS_ACTOR,
} from '../../src/resolve/reconcile-one-word-plurals';
import type { TypedNode } from '../../src/resolve/reconcile-other-types';
import type { GraphStore } from '../../src/store/graph-store';
import { buildExtraction } from '../fixtures/resolve/build-extraction';
import { useTempSqliteStore } from '../support/temp-sqlite-store';
import { org } from '../fixtures/resolve/organisation-node';

const pairsOf = (nodes: TypedNode[]) =>
  findOneWordPlurals(nodes).map(({ from, into }) => `${from.key} -> ${into.key}`);

describe('findOneWordPlurals', () => {
  it('pairs a one-word organisation with its plural, the less attested or unlinked one joining', () => {
    expect(
      pairsOf([
        org('organization:oscar', 'Oscar', 43),
        org('organization:oscars', 'Oscars', 14),
        org('organization:time', 'Time', 30),
        org('wd:Q11', 'Times', 12, 'Q11'),
        org('organization:liberal-democrat', 'Liberal Democrat', 56),
        org('organization:liberal-democrats', 'Liberal Democrats', 98),
      ]),
    ).toEqual(['organization:oscars -> organization:oscar', 'organization:time -> wd:Q11']);
  });
});

describe('namedTogetherMostly', () => {
  const [pair] = findOneWordPlurals([
    org('organization:oscar', 'Oscar', 43),
    org('organization:oscars', 'Oscars', 14),
  ]);
  const naming = (...keys: string[]) => new Set(keys);

  it('counts the articles of the joining name that name the other, when most do and two at least', () => {
    const oscar = 'organization:oscar';
    expect(namedTogetherMostly(pair!, [naming(oscar), naming(oscar), naming()])).toBe(2);
    expect(namedTogetherMostly(pair!, [naming(oscar), naming(), naming()])).toBe(null);
    expect(namedTogetherMostly(pair!, [naming(oscar)])).toBe(null);
  });
});

describe('reconcileOneWordPlurals on SQLite', () => {
  const tempStore = useTempSqliteStore('newsgraph-reconcile-plurals-');
  let store: GraphStore;
  beforeEach(() => {
    store = tempStore();
  });

  function article(id: string, names: string[]): ExtractionResult {
    return buildExtraction({
      id,
      sentences: names.map((name) => `The ${name} was news.`),
      entities: names.map((name, sentence) => ({
        type: 'Organization' as const,
        name,
        mentions: [{ sentence, text: name }],
      })),
    });
  }

  it('merges a plural named beside its singular in most articles, and keeps two papers apart', async () => {
    const resolver = createResolver({ lookup: store, extractorVersion: 'test/1' });
    for (const extraction of [
      ...[1, 2].map((i) => article(`oscars-${i}`, ['Oscars', 'Oscar'])),
      article('oscar', ['Oscar']),
      ...[1, 2].map((i) => article(`times-${i}`, ['Times'])),
      article('time', ['Time']),
    ]) {
      await store.upsertArticle(await resolver.resolveArticle(extraction));
    }
    const snapshot = await store.snapshot();

    const merges = await reconcileOneWordPlurals(store, snapshot.entities);

    expect(merges.map((m) => [m.merged, m.into, m.by])).toEqual([
      [['organization:oscars'], 'organization:oscar', RECONCILE_PLURALS_ACTOR],
    ]);
    expect((await store.findEntitiesByName('Time')).map((e) => e.key)).toEqual([
      'organization:time',
    ]);
  });
});
