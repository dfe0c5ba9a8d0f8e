import { loadKnownPlaces } from '../../src/extract/gazetteer';
import type { EntityType } from '../../src/model/entity-types';
import { createResolver } from '../../src/resolve';
import {
  planTypeMerges,
  reconcileOtherTypes,
  RECONCILE_TYPES_ACTOR,
  type TypedNode,
} from '../../src/resolve/reconcile-other-types';
import type { GraphStore } from '../../src/store/graph-store';
import { useTempSqliteStore } from '../support/temp-sqlite-store';
import { oneNameArticle } from '../fixtures/resolve/namesake-articles';

function node(
  key: string,
  type: EntityType,
  name: string,
  articleCount: number,
  aliases: string[] = [],
): TypedNode {
  return { key, type, name, aliases, articleCount };
}

const knownPlaces = loadKnownPlaces();
const merged = (nodes: TypedNode[]) =>
  planTypeMerges(nodes, knownPlaces).map(({ from, into }) => `${from.key} -> ${into.key}`);

describe('planTypeMerges', () => {
  it('merges an organisation the tagger once called "Blair" into the dominant Blair', () => {
    expect(
      merged([
        {
          ...node('wd:Q9545', 'Person', 'Tony Blair', 157, ['Blair', 'Mr Blair']),
          wikidataId: 'Q9545',
        },
        node('person:cherie-blair', 'Person', 'Cherie Blair', 4, ['Blair', 'Mrs Blair']),
        node('organization:blair', 'Organization', 'Blair', 1),
      ]),
    ).toEqual(['organization:blair -> wd:Q9545']);
  });

  it('merges a one-word "person" never titled into the club of that name, even when it has more articles', () => {
    expect(
      merged([
        node('person:chelsea', 'Person', 'Chelsea', 61),
        node('organization:chelsea', 'Organization', 'Chelsea', 27),
      ]),
    ).toEqual(['person:chelsea -> organization:chelsea']);
  });

  it('merges a never-titled "person" into an organisation of exactly its name named at least as often', () => {
    expect(
      merged([
        node('person:deutsche-boerse', 'Person', 'Deutsche Boerse', 8, ['Boerse']),
        node('organization:deutsche-boerse', 'Organization', 'Deutsche Boerse', 10),
        node('person:kelly-holmes', 'Person', 'Kelly Holmes', 14, ['Holmes']),
        node('organization:kelly-holmes', 'Organization', 'Kelly Holmes', 3),
      ]),
    ).toEqual([
      'organization:kelly-holmes -> person:kelly-holmes',
      'person:deutsche-boerse -> organization:deutsche-boerse',
    ]);
  });

  it('merges a "person" whose first name nobody else bears into the organisation of its name that answers to its initials', () => {
    expect(
      merged([
        node('person:electronic-arts', 'Person', 'Electronic Arts', 9, ['Arts']),
        node('organization:electronic-arts', 'Organization', 'Electronic Arts', 8, ['EA']),
        // A real person's first name: Howard is borne by others, however the company is named.
        node('person:howard-hughes', 'Person', 'Howard Hughes', 10, ['Hughes']),
        node('person:michael-howard', 'Person', 'Michael Howard', 102, ['Howard']),
        node('person:howard-stern', 'Person', 'Howard Stern', 2, ['Stern']),
        node('organization:howard-hughes', 'Organization', 'Howard Hughes', 4, ['HH']),
        // No initials to answer to: nothing says the organisation is more than a mistype.
        node('person:jp-mcmanus', 'Person', 'JP McManus', 7, ['McManus']),
        node('organization:jp-mcmanus', 'Organization', 'JP McManus', 3),
      ]),
    ).toEqual(['person:electronic-arts -> organization:electronic-arts']);
  });

  it('lets a merge target move on, so a chain of mistypes ends on the best attested reading', () => {
    expect(
      merged([
        node('location:reading', 'Location', 'Reading', 1),
        node('person:reading', 'Person', 'Reading', 8),
        node('organization:reading', 'Organization', 'Reading', 10),
      ]),
    ).toEqual(['location:reading -> person:reading', 'person:reading -> organization:reading']);
  });

  it('sends a "place" no known place is called straight to the organisation of that name', () => {
    expect(
      merged([
        node('location:deutsche-boerse', 'Location', 'Deutsche Boerse', 1),
        node('person:deutsche-boerse', 'Person', 'Deutsche Boerse', 8),
        node('organization:deutsche-boerse', 'Organization', 'Deutsche Boerse', 10),
      ]),
    ).toEqual([
      'location:deutsche-boerse -> organization:deutsche-boerse',
      'person:deutsche-boerse -> organization:deutsche-boerse',
    ]);
  });

  it('never merges away a one-word person who is somebody’s surname or was titled', () => {
    const merges = planTypeMerges(
      [
        node('person:campbell', 'Person', 'Campbell', 3),
        node('person:alastair-campbell', 'Person', 'Alastair Campbell', 11, ['Campbell']),
        node('person:menzies-campbell', 'Person', 'Menzies Campbell', 9, ['Campbell']),
        node('organization:campbell', 'Organization', 'Campbell', 4),
        node('person:kilroy', 'Person', 'Kilroy', 10, ['Mr Kilroy']),
        node('organization:kilroy', 'Organization', 'Kilroy', 4),
      ],
      knownPlaces,
    );
    expect(merges.map((m) => m.from.key)).not.toContain('person:campbell');
    expect(merges.map((m) => m.from.key)).not.toContain('person:kilroy');
  });

  it('leaves a mistyped surname alone when the namesakes tie', () => {
    expect(
      merged([
        node('person:alastair-campbell', 'Person', 'Alastair Campbell', 11, ['Campbell']),
        node('person:menzies-campbell', 'Person', 'Menzies Campbell', 9, ['Campbell']),
        node('location:campbell', 'Location', 'Campbell', 3),
      ]),
    ).toEqual([]);
  });

  it('keeps a city and its club apart, but not an acronym the tagger called a place', () => {
    expect(
      merged([
        node('organization:liverpool', 'Organization', 'Liverpool', 43),
        node('location:liverpool', 'Location', 'Liverpool', 6),
        node('organization:bt', 'Organization', 'BT', 21),
        node('location:bt', 'Location', 'BT', 6),
        node('organization:gm', 'Organization', 'GM', 10),
        node('location:gm', 'Location', 'GM', 7),
      ]),
    ).toEqual(['location:bt -> organization:bt', 'location:gm -> organization:gm']);
  });

  it('gives a "place" no known place is called to the organisation carrying the name or its plural', () => {
    expect(
      merged([
        node('organization:arsenal', 'Organization', 'Arsenal', 50),
        node('location:arsenal', 'Location', 'Arsenal', 1),
        node('organization:tory', 'Organization', 'Tory', 13),
        node('location:tory', 'Location', 'Tory', 21),
        node('organization:all-blacks', 'Organization', 'All Blacks', 16),
        node('location:all-black', 'Location', 'All Black', 1),
        {
          ...node('wd:Q9626', 'Organization', 'Conservative Party', 165, ['Conservative']),
          wikidataId: 'Q9626',
        },
        node('location:conservative', 'Location', 'Conservative', 8),
      ]),
    ).toEqual([
      'location:all-black -> organization:all-blacks',
      'location:arsenal -> organization:arsenal',
      'location:conservative -> wd:Q9626',
      'location:tory -> organization:tory',
    ]);
  });

  it('keeps real places apart from organisations named after them, down to towns, nations and regions', () => {
    expect(
      merged([
        node('organization:bath', 'Organization', 'Bath', 17),
        node('location:bath', 'Location', 'Bath', 3),
        node('organization:wales', 'Organization', 'Wales', 9),
        node('location:wales', 'Location', 'Wales', 127),
        node('organization:asia', 'Organization', 'Asia', 5),
        node('location:asia', 'Location', 'Asia', 42),
        node('organization:east-midlands', 'Organization', 'East Midlands', 4),
        node('location:east-midlands', 'Location', 'East Midlands', 3),
        node('organization:texas', 'Organization', 'Texas', 3),
        node('location:texas', 'Location', 'Texas', 16),
      ]),
    ).toEqual([]);
  });

  it('leaves an unknown "place" alone when the organisation of its name is barely attested, or a one-word name only in the plural', () => {
    expect(
      merged([
        node('organization:times', 'Organization', 'Times', 10),
        node('location:time', 'Location', 'Time', 2),
        node('organization:man-city', 'Organization', 'Man City', 1),
        node('location:man-city', 'Location', 'Man City', 1),
        node('organization:korea', 'Organization', 'Korea', 2),
        node('location:korea', 'Location', 'Korea', 8),
      ]),
    ).toEqual([]);
  });

  it('merges nothing when two persons of the surname are named about as often', () => {
    expect(
      merged([
        node('person:andy-robinson', 'Person', 'Andy Robinson', 28, ['Robinson']),
        node('person:jason-robinson', 'Person', 'Jason Robinson', 19, ['Robinson']),
        node('organization:robinson', 'Organization', 'Robinson', 1),
      ]),
    ).toEqual([]);
  });
});

describe('reconcileOtherTypes on SQLite', () => {
  const tempStore = useTempSqliteStore('newsgraph-reconcile-types-');
  let store: GraphStore;
  beforeEach(() => {
    store = tempStore();
  });

  function article(id: string, type: EntityType, source: string) {
    return oneNameArticle(id, 'Reading won the match.', {
      name: 'Reading',
      type,
      mentions: [{ sentence: 0, text: 'Reading', source }],
    });
  }

  it('follows a chain of mistypes to one node, recorded as undoable merges', async () => {
    const resolver = createResolver({ lookup: store, extractorVersion: 'test/1' });
    const articles = [
      article('as-place', 'Location', 'ner'),
      ...[1, 2, 3].map((i) => article(`as-person-${i}`, 'Person', 'ner')),
      ...[1, 2, 3, 4].map((i) => article(`as-club-${i}`, 'Organization', 'pattern:institution')),
    ];
    for (const extraction of articles) {
      await store.upsertArticle(await resolver.resolveArticle(extraction));
    }
    const keys = async () => (await store.findEntitiesByName('Reading')).map((e) => e.key).sort();
    expect(await keys()).toEqual(['location:reading', 'organization:reading', 'person:reading']);
    const snapshot = await store.snapshot();

    const merges = await reconcileOtherTypes(store, snapshot.entities);

    expect(merges.map((m) => [m.merged, m.into, m.by])).toEqual([
      [['location:reading'], 'person:reading', RECONCILE_TYPES_ACTOR],
      [['person:reading'], 'organization:reading', RECONCILE_TYPES_ACTOR],
    ]);
    expect(await keys()).toEqual(['organization:reading']);
    const [club] = await store.getEntities(['organization:reading']);
    expect(club?.articleCount).toBe(8);
  });
});
