import type { KnownPlaces } from '../../src/extract/gazetteer';
import { createResolver } from '../../src/resolve';
import { editsBetween, isMisspeltFor } from '../../src/resolve/misspelt-names';
import {
  planMisspeltMerges,
  reconcileNameVariants,
  RECONCILE_VARIANTS_ACTOR,
} from '../../src/resolve/reconcile-name-variants';
import type { TypedNode } from '../../src/resolve/reconcile-other-types';
import type { GraphStore } from '../../src/store/graph-store';
import { useTempSqliteStore } from '../support/temp-sqlite-store';
import { oneNameArticle } from '../fixtures/resolve/namesake-articles';
import { org } from '../fixtures/resolve/organisation-node';

const noKnownPlaces: KnownPlaces = { has: () => false };
const merged = (nodes: TypedNode[], knownPlaces: KnownPlaces = noKnownPlaces) =>
  planMisspeltMerges(nodes, [], knownPlaces).map(
    ({ from, into }) => `${from.name} -> ${into.name}`,
  );

describe('editsBetween', () => {
  it('counts two neighbouring letters swapped as one edit', () => {
    expect(editsBetween('chrylser', 'chrysler', 2)).toBe(1);
    expect(editsBetween('fronter', 'frontier', 2)).toBe(1);
    expect(editsBetween('europe', 'european', 2)).toBe(2);
    expect(editsBetween('leicester', 'leinster', 1)).toBe(2);
  });
});

describe('isMisspeltFor', () => {
  it('reads one word of a name written another way as a slip', () => {
    expect(isMisspeltFor('Europe Union', 'European Union')).toBe(true);
    expect(isMisspeltFor('DaimlerChrylser', 'DaimlerChrysler')).toBe(true);
    expect(isMisspeltFor('Electronic Fronter Foundation', 'Electronic Frontier Foundation')).toBe(
      true,
    );
    expect(isMisspeltFor('Game Boy Advance', 'GameBoy Advance')).toBe(true);
  });

  it('does not read another word, a number, a short word or a first letter as a slip', () => {
    expect(isMisspeltFor('Middle Earth', 'Middle East')).toBe(false);
    expect(isMisspeltFor('Euro 2006', 'Euro 2004')).toBe(false);
    expect(isMisspeltFor('US Government', 'UK Government')).toBe(false);
    expect(isMisspeltFor('Bournemouth West', 'Bournemouth East')).toBe(false);
    expect(isMisspeltFor('Trades Unions Congress', 'Trades Union Congress')).toBe(true);
    expect(isMisspeltFor('Trade Unions Congress', 'Trades Union Congress')).toBe(false);
  });

  it('does not read a one-word name with an ending as a slip: "European" is not Europe', () => {
    expect(isMisspeltFor('European', 'Europe')).toBe(false);
    expect(isMisspeltFor('Libertine', 'Libertines')).toBe(false);
    expect(isMisspeltFor('Hollwood', 'Hollywood')).toBe(true);
    expect(isMisspeltFor('Cambridge', 'Coatbridge')).toBe(false);
  });
});

describe('planMisspeltMerges', () => {
  it('joins a rare slip to the one organisation it misspells, named in far more articles', () => {
    expect(
      merged([
        org('wd:Q458', 'European Union', 83, 'Q458'),
        org('organization:europe-union', 'Europe Union', 1),
        org('organization:daimlerchrylser', 'DaimlerChrylser', 1),
        org('organization:daimlerchrysler', 'DaimlerChrysler', 9),
      ]),
    ).toEqual(['DaimlerChrylser -> DaimlerChrysler', 'Europe Union -> European Union']);
  });

  it('leaves names in as many articles, names in more than two, places and two readings', () => {
    expect(
      merged(
        [
          org('organization:real-socieded', 'Real Socieded', 1),
          org('organization:real-sociedad', 'Real Sociedad', 2),
          org('organization:electronics-arts', 'Electronics Arts', 3),
          org('organization:electronic-arts', 'Electronic Arts', 12),
          org('organization:herefordshire', 'Herefordshire', 1),
          org('organization:hertfordshire', 'Hertfordshire', 4),
          org('organization:south-east-asian', 'Southeast Asian', 1),
          org('organization:south-east-asia', 'Southeast Asia', 3),
          org('organization:south-east-asians', 'Southeast Asians', 3),
        ],
        { has: (name: string) => name === 'Herefordshire' },
      ),
    ).toEqual([]);
  });
});

describe('reconcileNameVariants with slips on SQLite', () => {
  const tempStore = useTempSqliteStore('newsgraph-reconcile-misspelt-');
  let store: GraphStore;
  beforeEach(() => {
    store = tempStore();
  });

  it('merges the slip into the organisation it misspells, recorded with its reason', async () => {
    const resolver = createResolver({ lookup: store, extractorVersion: 'test/1' });
    const articles = [
      ['eu-1', 'European Union'],
      ['eu-2', 'European Union'],
      ['eu-3', 'European Union'],
      ['slip', 'Europe Union'],
    ] as const;
    for (const [id, name] of articles) {
      const article = oneNameArticle(id, `The ${name} met.`, { name, type: 'Organization' });
      await store.upsertArticle(await resolver.resolveArticle(article));
    }
    const nodes = (await store.snapshot()).entities;

    const merges = await reconcileNameVariants(store, nodes, new Set(), noKnownPlaces);

    expect(merges.map((m) => [m.merged, m.into, m.by, m.reason])).toEqual([
      [
        ['organization:europe-union'],
        'organization:european-union',
        RECONCILE_VARIANTS_ACTOR,
        '"Europe Union" is a slip for "European Union": one word written another way, named in 1 against 3 articles',
      ],
    ]);
    expect((await store.findEntitiesByName('Europe Union')).map((e) => e.key)).toEqual([
      'organization:european-union',
    ]);
  });
});
