import { createResolver } from '../../src/resolve';
import {
  chooseFullClubName,
  findTownClubs,
  reconcileTownClubs,
  RECONCILE_TOWN_CLUBS_ACTOR,
} from '../../src/resolve/reconcile-town-clubs';
import type { GraphStore } from '../../src/store/graph-store';
import { buildExtraction, type EntityDraft } from '../fixtures/resolve/build-extraction';
import { org } from '../fixtures/resolve/organisation-node';
import { useTempSqliteStore } from '../support/temp-sqlite-store';

const knownPlaces = { has: (name: string) => ['Newcastle', 'Leeds'].includes(name) };
const rugbyNewcastle = org('organization:newcastle-rugby-union', 'Newcastle (rugby union)', 10);
const falcons = org('organization:newcastle-falcons', 'Newcastle Falcons', 2);
const united = org('organization:newcastle-united', 'Newcastle United', 3);

describe('findTownClubs', () => {
  it('pairs a club named by its town, with or without a sport, with the names beginning with the town', () => {
    const found = findTownClubs(
      [
        rugbyNewcastle,
        falcons,
        united,
        org('organization:newcastle', 'Newcastle', 24),
        org('organization:newcastle-brown-ale', 'Newcastle Brown Ale', 1),
        org('organization:leeds-rugby-union', 'Leeds (rugby union)', 2),
        org('organization:leeds-and-newcastle', 'Leeds and Newcastle', 2),
        org('organization:sale-rugby-union', 'Sale (rugby union)', 2),
      ],
      knownPlaces,
    );
    // A name in one article, one joined by "and", or a place no one knows is no candidate.
    expect(found.map((f) => [f.club.name, f.sport, f.fuller.map((o) => o.name)])).toEqual([
      ['Newcastle', undefined, ['Newcastle Falcons', 'Newcastle United']],
      ['Newcastle (rugby union)', 'rugby union', ['Newcastle Falcons', 'Newcastle United']],
    ]);
  });
});

describe('chooseFullClubName', () => {
  const found = { club: rugbyNewcastle, fuller: [falcons, united] };

  it('chooses the one fuller name its articles name beside it', () => {
    const articles = [new Set([falcons.key]), new Set<string>(), new Set<string>()];
    expect(chooseFullClubName(found, articles)).toEqual({ into: falcons, named: 1 });
  });

  it('chooses none when two are named beside it, or none is', () => {
    expect(chooseFullClubName(found, [new Set([falcons.key]), new Set([united.key])])).toBe(null);
    expect(chooseFullClubName(found, [new Set<string>()])).toBe(null);
  });
});

describe('town clubs on SQLite', () => {
  const tempStore = useTempSqliteStore('newsgraph-reconcile-town-clubs-');
  let store: GraphStore;
  beforeEach(() => {
    store = tempStore();
  });

  const club = (name: string, sport?: string, text = 'Newcastle'): EntityDraft => ({
    type: 'Organization',
    name,
    mentions: [{ sentence: 0, text }],
    ...(sport ? { attributes: { sport } } : {}),
  });
  const article = (id: string, sentence: string, entities: EntityDraft[]) =>
    buildExtraction({ id, sentences: [sentence], entities });

  it("keeps a town's rugby and football clubs apart, then joins each to its full name", async () => {
    const resolver = createResolver({ lookup: store, extractorVersion: 'test/1' });
    const falconsNamed = club('Newcastle Falcons', 'rugby union', 'Newcastle Falcons');
    const unitedNamed = club('Newcastle United', 'football', 'Newcastle United');
    const articles = [
      article('council', 'Newcastle raised taxes.', [club('Newcastle')]),
      article('football-1', 'Newcastle beat Bolton.', [club('Newcastle', 'football')]),
      article('football-2', 'Newcastle United signed him; Newcastle won.', [
        unitedNamed,
        {
          ...club('Newcastle', 'football'),
          mentions: [{ sentence: 0, text: 'Newcastle', nth: 1 }],
        },
      ]),
      article('football-3', 'Newcastle United lost.', [unitedNamed]),
      article('rugby-1', 'Newcastle drew.', [club('Newcastle (rugby union)', 'rugby union')]),
      article('rugby-2', 'Newcastle Falcons trained; Newcastle won.', [
        falconsNamed,
        {
          ...club('Newcastle (rugby union)', 'rugby union'),
          mentions: [{ sentence: 0, text: 'Newcastle', nth: 1 }],
        },
      ]),
      article('rugby-3', 'Newcastle Falcons lost.', [falconsNamed]),
    ];
    for (const extraction of articles) {
      await store.upsertArticle(await resolver.resolveArticle(extraction));
    }
    const keysNamed = async (name: string) =>
      (await store.findEntitiesByName(name, 'Organization')).map((e) => e.key).sort();
    // The rugby club's mention text "Newcastle" is no alias of it: the football club keeps it.
    expect(await keysNamed('Newcastle')).toEqual(['organization:newcastle']);

    const merges = await reconcileTownClubs(
      store,
      (await store.snapshot()).entities,
      new Set(),
      knownPlaces,
    );

    expect(merges.map((m) => [m.merged, m.into, m.by])).toEqual([
      [['organization:newcastle'], 'organization:newcastle-united', RECONCILE_TOWN_CLUBS_ACTOR],
      [
        ['organization:newcastle-rugby-union'],
        'organization:newcastle-falcons',
        RECONCILE_TOWN_CLUBS_ACTOR,
      ],
    ]);
    const views = await store.getEntities([
      'organization:newcastle-falcons',
      'organization:newcastle-united',
    ]);
    expect(views.map((v) => v?.articleCount)).toEqual([3, 4]);
  });

  it('leaves a town named only outside sports reports alone', async () => {
    const resolver = createResolver({ lookup: store, extractorVersion: 'test/1' });
    const hotels = club('Blackpool Hotel Association', undefined, 'Blackpool Hotel Association');
    for (const extraction of [
      article('one', 'Blackpool Hotel Association said Blackpool was full.', [
        hotels,
        { ...club('Blackpool'), mentions: [{ sentence: 0, text: 'Blackpool', nth: 1 }] },
      ]),
      article('two', 'Blackpool Hotel Association met.', [hotels]),
    ]) {
      await store.upsertArticle(await resolver.resolveArticle(extraction));
    }
    const places = { has: (name: string) => name === 'Blackpool' };

    expect(
      await reconcileTownClubs(store, (await store.snapshot()).entities, new Set(), places),
    ).toEqual([]);
  });
});
