import { loadKnownPlaces } from '../../src/extract/gazetteer';
import type { EntityType } from '../../src/model/entity-types';
import type { ExtractionResult } from '../../src/model/extraction';
import { createResolver } from '../../src/resolve';
import {
  atHomeInQualifier,
  findPlaceQualified,
  namedBesideUsual,
  reconcilePlaceQualified,
  RECONCILE_PLACE_QUALIFIED_ACTOR,
} from '../../src/resolve/reconcile-place-qualified';
import type { TypedNode } from '../../src/resolve/reconcile-other-types';
import type { GraphStore } from '../../src/store/graph-store';
import { buildExtraction } from '../fixtures/resolve/build-extraction';
import { useTempSqliteStore } from '../support/temp-sqlite-store';

const knownPlaces = loadKnownPlaces();

function node(
  key: string,
  name: string,
  articleCount: number,
  type: EntityType = 'Organization',
  aliases: string[] = [],
): TypedNode {
  return { key, type, name, aliases, articleCount };
}

const rangers = node('organization:rangers', 'Rangers', 14);
const glasgowRangers = node('organization:glasgow-rangers', 'Glasgow Rangers', 2);

describe('findPlaceQualified', () => {
  it('pairs an organisation named with a place, a country or a nationality first with the better attested one of the rest of its name', () => {
    const found = findPlaceQualified(
      [
        rangers,
        glasgowRangers,
        node('wd:Q30', 'United States', 679, 'Country', ['US', 'USA']),
        node('organization:sec', 'Securities and Exchange Commission', 17),
        node('organization:us-sec', 'US Securities and Exchange Commission', 5),
        node('organization:lions', 'Lions', 16),
        node('organization:irish-lions', 'Irish Lions', 6),
        // Not a place first: a company's European arm.
        node('organization:europe', 'Europe', 4),
        node('organization:lycos-europe', 'Lycos Europe', 2),
        // The shorter name is the rarer: nothing says it is the usual one.
        node('organization:ospreys', 'Ospreys', 1),
        node('organization:swansea-ospreys', 'Swansea Ospreys', 5),
      ],
      knownPlaces,
    );
    expect(found.map((f) => `${f.qualified.key} -> ${f.usual.key}`)).toEqual([
      'organization:glasgow-rangers -> organization:rangers',
      'organization:irish-lions -> organization:lions',
      'organization:us-sec -> organization:sec',
    ]);
  });
});

describe('namedBesideUsual', () => {
  const [candidate] = findPlaceQualified([rangers, glasgowRangers], knownPlaces);
  const naming = (...keys: string[]) => new Set(keys);

  it('counts the articles naming both when they are most of them, two at least', () => {
    expect(namedBesideUsual(candidate!, [naming(rangers.key), naming(rangers.key)])).toBe(2);
  });

  it('gives null when few of its articles name the usual one, or only one does', () => {
    expect(namedBesideUsual(candidate!, [naming(rangers.key), naming(), naming()])).toBe(null);
    expect(namedBesideUsual(candidate!, [naming(rangers.key)])).toBe(null);
  });
});

describe('atHomeInQualifier', () => {
  const uk = node('wd:Q145', 'United Kingdom', 300, 'Country', ['UK']);
  const us = node('wd:Q30', 'United States', 600, 'Country', ['US']);
  const treasury = node('organization:treasury', 'Treasury', 6);
  const countries = new Set([uk.key, us.key]);
  const candidateFor = (qualified: TypedNode) =>
    findPlaceQualified([uk, us, treasury, qualified], knownPlaces)[0]!;
  const naming = (...keys: string[]) => new Set(keys);
  const treasuryArticles = [
    naming(treasury.key, uk.key),
    naming(treasury.key, uk.key, us.key),
    naming(treasury.key, uk.key),
    naming(treasury.key, uk.key),
    naming(treasury.key),
  ];

  it('counts the usual one’s articles naming the qualifier’s country when most do and no other country comes close', () => {
    const candidate = candidateFor(node('organization:uk-treasury', 'UK Treasury', 2));
    expect(candidate.country?.key).toBe(uk.key);
    expect(atHomeInQualifier(candidate, treasuryArticles, countries)).toBe(4);
  });

  it('gives null when the usual one has too few articles to say where it is at home', () => {
    const candidate = candidateFor(node('organization:uk-treasury', 'UK Treasury', 2));
    expect(atHomeInQualifier(candidate, treasuryArticles.slice(0, 4), countries)).toBe(null);
  });

  it('gives null for another country’s namesake', () => {
    const candidate = candidateFor(node('organization:us-treasury', 'US Treasury', 5));
    expect(atHomeInQualifier(candidate, treasuryArticles, countries)).toBe(null);
  });

  it('gives null when a second country is named nearly as often', () => {
    const candidate = candidateFor(node('organization:uk-treasury', 'UK Treasury', 2));
    const shared = treasuryArticles.map((keys) => new Set([...keys, us.key]));
    expect(atHomeInQualifier(candidate, shared, countries)).toBe(null);
  });

  it('gives null for a place that is not a stored country', () => {
    const candidate = candidateFor(node('organization:glasgow-treasury', 'Glasgow Treasury', 1));
    expect(candidate.country).toBeUndefined();
    expect(atHomeInQualifier(candidate, treasuryArticles, countries)).toBe(null);
  });
});

describe('reconcilePlaceQualified on SQLite', () => {
  const tempStore = useTempSqliteStore('newsgraph-reconcile-place-');
  let store: GraphStore;
  beforeEach(() => {
    store = tempStore();
  });

  function article(id: string, names: string[]): ExtractionResult {
    return buildExtraction({
      id,
      sentences: names.map((name) => `${name} won.`),
      entities: names.map((name, sentence) => ({
        type: 'Organization' as const,
        name,
        mentions: [{ sentence, text: name }],
      })),
    });
  }

  async function ingest(extractions: ExtractionResult[]) {
    const resolver = createResolver({ lookup: store, extractorVersion: 'test/1' });
    for (const extraction of extractions) {
      await store.upsertArticle(await resolver.resolveArticle(extraction));
    }
  }

  it('merges the place-qualified name into the usual one its articles name too, and leaves one they do not', async () => {
    await ingest([
      article('derby-1', ['Glasgow Rangers', 'Rangers']),
      article('derby-2', ['Glasgow Rangers', 'Rangers']),
      article('league', ['Rangers']),
      ...[1, 2, 3].map((i) => article(`treasury-${i}`, ['Treasury'])),
      article('glasgow', ['Glasgow Treasury']),
    ]);
    const snapshot = await store.snapshot();

    const merges = await reconcilePlaceQualified(store, snapshot.entities, new Set(), knownPlaces);

    expect(merges.map((m) => [m.merged, m.into, m.by])).toEqual([
      [['organization:glasgow-rangers'], 'organization:rangers', RECONCILE_PLACE_QUALIFIED_ACTOR],
    ]);
    expect(merges[0]?.reason).toContain('2 of its 2 articles');
    expect((await store.findEntitiesByName('Glasgow Treasury')).map((e) => e.key)).toEqual([
      'organization:glasgow-treasury',
    ]);
  });
});

describe('reconcilePlaceQualified at home', () => {
  const tempStore = useTempSqliteStore('newsgraph-reconcile-home-');

  it('merges "UK Treasury" into the Treasury whose articles are at home in the UK, not "US Treasury"', async () => {
    const store = tempStore();
    const resolver = createResolver({ lookup: store, extractorVersion: 'test/1' });
    const org = (name: string) => ({ type: 'Organization' as const, name });
    const articles: [
      string,
      { type: 'Organization' | 'Country'; name: string; surface?: string }[],
    ][] = [
      ['budget-1', [org('Treasury'), { type: 'Country', name: 'United Kingdom', surface: 'UK' }]],
      ['budget-2', [org('Treasury'), { type: 'Country', name: 'United Kingdom', surface: 'UK' }]],
      ['budget-3', [org('Treasury'), { type: 'Country', name: 'United Kingdom', surface: 'UK' }]],
      ['budget-4', [org('Treasury')]],
      ['budget-5', [org('Treasury'), { type: 'Country', name: 'United Kingdom', surface: 'UK' }]],
      ['grant', [org('UK Treasury'), { type: 'Country', name: 'United Kingdom', surface: 'UK' }]],
      ['bonds', [org('US Treasury'), { type: 'Country', name: 'United States', surface: 'US' }]],
    ];
    for (const [id, entities] of articles) {
      const extraction = buildExtraction({
        id,
        sentences: entities.map((e) => `${e.surface ?? e.name} spoke.`),
        entities: entities.map((e, sentence) => ({
          type: e.type,
          name: e.name,
          mentions: [{ sentence, text: e.surface ?? e.name }],
        })),
      });
      await store.upsertArticle(await resolver.resolveArticle(extraction));
    }
    const snapshot = await store.snapshot();

    const merges = await reconcilePlaceQualified(store, snapshot.entities, new Set(), knownPlaces);

    expect(merges.map((m) => [m.merged, m.into])).toEqual([
      [['organization:uk-treasury'], 'organization:treasury'],
    ]);
    expect(merges[0]?.reason).toContain(
      '4 of the 5 articles naming "Treasury" name United Kingdom',
    );
  });
});
