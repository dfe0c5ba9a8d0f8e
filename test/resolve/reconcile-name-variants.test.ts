import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createResolver } from '../../src/resolve';
import {
  planAcronymMerges,
  planVariantMerges,
  reconcileNameVariants,
  RECONCILE_VARIANTS_ACTOR,
} from '../../src/resolve/reconcile-name-variants';
import { RECONCILE_TYPES_ACTOR, type TypedNode } from '../../src/resolve/reconcile-other-types';
import type { GraphStore } from '../../src/store/graph-store';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';
import { useTempSqliteStore } from '../support/temp-sqlite-store';
import { buildExtraction } from '../fixtures/resolve/build-extraction';
import { oneNameArticle } from '../fixtures/resolve/namesake-articles';
import { org } from '../fixtures/resolve/organisation-node';

const merged = (nodes: TypedNode[]) =>
  planVariantMerges(nodes).map(({ from, into }) => `${from.key} -> ${into.key}`);

describe('planVariantMerges', () => {
  it('joins an organisation named without its "Party" or "Inc." to the linked or better attested one', () => {
    expect(
      merged([
        org('wd:Q9626', 'Conservative Party', 160, 'Q9626'),
        org('organization:conservative', 'Conservative', 16),
        org('organization:mci', 'MCI', 9),
        org('organization:mci-inc', 'MCI Inc.', 1),
      ]),
    ).toEqual([
      'organization:conservative -> wd:Q9626',
      'organization:mci-inc -> organization:mci',
    ]);
  });

  it('joins an organisation named with "Ex-" or "Former" to the one of the rest of its name', () => {
    expect(
      merged([
        org('wd:Q9531', 'BBC', 452, 'Q9531'),
        org('organization:ex-bbc', 'Ex-BBC', 2),
        org('organization:blackburn', 'Blackburn', 12),
        org('organization:former-blackburn', 'Former Blackburn', 1),
        org('organization:ex', 'Ex', 1),
      ]),
    ).toEqual([
      'organization:ex-bbc -> wd:Q9531',
      'organization:former-blackburn -> organization:blackburn',
    ]);
  });

  it('joins a singular to the plural of a name of several words, but not of one word', () => {
    expect(
      merged([
        org('wd:Q9624', 'Liberal Democrats', 98, 'Q9624'),
        org('organization:liberal-democrat', 'Liberal Democrat', 56),
        org('organization:times', 'Times', 30),
        org('organization:time', 'Time', 12),
      ]),
    ).toEqual(['organization:liberal-democrat -> wd:Q9624']);
  });

  it('joins names that differ by "of" and "for"', () => {
    expect(
      merged([
        org('organization:office-for-national-statistics', 'Office for National Statistics', 12),
        org('organization:office-of-national-statistics', 'Office of National Statistics', 3),
        org('organization:bank-of-england', 'Bank of England', 20),
        org('organization:bank-of-scotland', 'Bank of Scotland', 4),
      ]),
    ).toEqual([
      'organization:office-of-national-statistics -> organization:office-for-national-statistics',
    ]);
  });

  it('joins names written with "&" and with "and"', () => {
    expect(
      merged([
        org(
          'organization:securities-and-exchange-commission',
          'Securities and Exchange Commission',
          13,
        ),
        org('organization:securities-exchange-commission', 'Securities & Exchange Commission', 1),
      ]),
    ).toEqual([
      'organization:securities-exchange-commission -> organization:securities-and-exchange-commission',
    ]);
  });

  it('keeps divisions apart from the parent, and two linked organisations apart', () => {
    expect(
      merged([
        org('organization:bt', 'BT', 23),
        org('organization:bt-retail', 'BT Retail', 3),
        org('wd:Q1', 'Labour Party', 200, 'Q1'),
        org('wd:Q2', 'Labour', 20, 'Q2'),
      ]),
    ).toEqual([]);
  });
});

describe('planAcronymMerges', () => {
  const withAliases = (node: TypedNode, aliases: string[]): TypedNode => ({ ...node, aliases });

  it('joins an acronym to the one organisation that spells it out and answers to it', () => {
    expect(
      planAcronymMerges([
        org('organization:lse', 'LSE', 10),
        withAliases(org('organization:london-stock-exchange', 'London Stock Exchange', 19), [
          'LSE',
        ]),
        org('organization:london-school-of-economics', 'London School of Economics', 3),
      ]).map(({ from, into }) => `${from.key} -> ${into.key}`),
    ).toEqual(['organization:lse -> organization:london-stock-exchange']);
  });

  it('does not join an acronym to a name that only shares its initials', () => {
    expect(
      planAcronymMerges([
        org('organization:bp', 'BP', 4),
        org('organization:bloc-party', 'Bloc Party', 3),
      ]),
    ).toEqual([]);
  });
});

describe('reconcileNameVariants on SQLite', () => {
  let dir: string;
  let store: GraphStore;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-reconcile-variants-'));
    store = openSqliteStore(join(dir, 'graph.db'));
    await store.migrate();
    const resolver = createResolver({ lookup: store, extractorVersion: 'test/1' });
    for (const [id, name] of [
      ['party', 'Conservative Party'],
      ['short', 'Conservative'],
      ['tories', 'Tories'],
    ] as const) {
      const article = oneNameArticle(id, `${name} leaders met.`, {
        name,
        type: 'Organization',
        mentions: [{ sentence: 0, text: name, source: 'pattern:institution' }],
        ...(id === 'party' ? { wikidataId: 'Q9626' } : {}),
      });
      await store.upsertArticle(await resolver.resolveArticle(article));
    }
    // An earlier merge of this reconciliation marked the short name curated.
    await store.mergeEntities(['organization:tories'], 'organization:conservative', {
      by: RECONCILE_TYPES_ACTOR,
    });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('still merges an entity curated only by this run’s own merges, and not one curated otherwise', async () => {
    const nodes = (await store.snapshot()).entities;
    expect(await reconcileNameVariants(store, nodes)).toEqual([]);

    const merges = await reconcileNameVariants(
      store,
      nodes,
      new Set(['organization:conservative']),
    );

    expect(merges.map((m) => [m.merged, m.into, m.by])).toEqual([
      [['organization:conservative'], 'wd:Q9626', RECONCILE_VARIANTS_ACTOR],
    ]);
  });
});

describe('acronyms across articles on SQLite', () => {
  const tempStore = useTempSqliteStore('newsgraph-reconcile-acronyms-');
  let store: GraphStore;
  beforeEach(() => {
    store = tempStore();
  });

  it('resolves an acronym the article spells out to that organisation, and joins the one stored before', async () => {
    const resolver = createResolver({ lookup: store, extractorVersion: 'test/1' });
    const alone = oneNameArticle('alone', 'The LSE rejected the bid.', {
      name: 'LSE',
      type: 'Organization',
    });
    const spelledOut = buildExtraction({
      id: 'spelled-out',
      sentences: ['The London Stock Exchange (LSE) rejected the bid.', 'The LSE said no.'],
      entities: [
        {
          type: 'Organization',
          name: 'London Stock Exchange',
          mentions: [{ sentence: 0, text: 'London Stock Exchange' }],
        },
        {
          type: 'Location',
          name: 'LSE',
          mentions: [
            { sentence: 0, text: 'LSE' },
            { sentence: 1, text: 'LSE' },
          ],
        },
      ],
    });
    for (const extraction of [alone, spelledOut]) {
      await store.upsertArticle(await resolver.resolveArticle(extraction));
    }
    const keys = async () => (await store.findEntitiesByName('LSE')).map((e) => e.key).sort();
    expect(await keys()).toEqual(['organization:london-stock-exchange', 'organization:lse']);

    const merges = await reconcileNameVariants(store, (await store.snapshot()).entities);

    expect(merges.map((m) => [m.merged, m.into])).toEqual([
      [['organization:lse'], 'organization:london-stock-exchange'],
    ]);
    expect(await keys()).toEqual(['organization:london-stock-exchange']);
  });
});
