import { loadKnownPlaces } from '../../src/extract/gazetteer';
import type { EntityType } from '../../src/model/entity-types';
import type { ExtractionResult } from '../../src/model/extraction';
import { createResolver } from '../../src/resolve';
import {
  chooseFirstNamed,
  findFirstNameForms,
  reconcileFirstNames,
  RECONCILE_FIRST_NAMES_ACTOR,
} from '../../src/resolve/reconcile-first-names';
import type { TypedNode } from '../../src/resolve/reconcile-other-types';
import type { GraphStore } from '../../src/store/graph-store';
import { buildExtraction } from '../fixtures/resolve/build-extraction';
import { useTempSqliteStore } from '../support/temp-sqlite-store';

const knownPlaces = loadKnownPlaces();

function node(key: string, type: EntityType, name: string, articleCount: number): TypedNode {
  return { key, type, name, aliases: [], articleCount };
}

const paula = node('organization:paula', 'Organization', 'Paula', 4);
const radcliffe = node('person:paula-radcliffe', 'Person', 'Paula Radcliffe', 13);

describe('findFirstNameForms', () => {
  it('pairs a one-word organisation or place with the persons whose first name it is', () => {
    const forms = findFirstNameForms(
      [
        paula,
        radcliffe,
        node('location:gavin', 'Location', 'Gavin', 2),
        node('person:gavin-henson', 'Person', 'Gavin Henson', 15),
        // A real place, an acronym, a name of two words: none is a first name standing alone.
        node('location:jackson', 'Location', 'Jackson', 4),
        node('person:jackson-browne', 'Person', 'Jackson Browne', 2),
        node('organization:hal', 'Organization', 'HAL', 2),
        node('person:hal-luscombe', 'Person', 'Hal Luscombe', 7),
        node('organization:paula-radcliffe', 'Organization', 'Paula Radcliffe', 1),
      ],
      knownPlaces,
    );
    expect(forms.map((f) => [f.node.key, f.persons.map((p) => p.key)])).toEqual([
      ['location:gavin', ['person:gavin-henson']],
      ['organization:paula', ['person:paula-radcliffe']],
    ]);
  });
});

describe('chooseFirstNamed', () => {
  const sotherton = node('person:kelly-sotherton', 'Person', 'Kelly Sotherton', 6);
  const holmes = node('person:kelly-holmes', 'Person', 'Kelly Holmes', 17);
  const [kelly] = findFirstNameForms(
    [node('organization:kelly', 'Organization', 'Kelly', 4), holmes, sotherton],
    knownPlaces,
  );
  const naming = (n: number, ...keys: string[]) => Array.from({ length: n }, () => new Set(keys));

  it('chooses the person most of its articles name, far more often than another of that first name', () => {
    const articles = [...naming(3, holmes.key), ...naming(1, sotherton.key)];
    expect(chooseFirstNamed(kelly!, articles, new Map())).toEqual({
      into: holmes,
      named: 3,
      articles: 4,
    });
  });

  it('chooses nothing when two persons of that first name share its articles', () => {
    const articles = [...naming(2, holmes.key), ...naming(2, sotherton.key)];
    expect(chooseFirstNamed(kelly!, articles, new Map())).toBe(null);
  });

  it('chooses nothing when the first name shares a sentence with the full name in half the articles or more, as a title does', () => {
    const articles = naming(4, holmes.key);
    expect(chooseFirstNamed(kelly!, articles, new Map([[holmes.key, 2]]))).toBe(null);
    expect(chooseFirstNamed(kelly!, articles, new Map([[holmes.key, 1]]))?.into).toBe(holmes);
  });
});

describe('reconcileFirstNames on SQLite', () => {
  const tempStore = useTempSqliteStore('newsgraph-reconcile-first-names-');
  let store: GraphStore;
  beforeEach(() => {
    store = tempStore();
  });

  function article(id: string, sentences: [type: EntityType, name: string][]): ExtractionResult {
    return buildExtraction({
      id,
      sentences: sentences.map(([, name]) => `They talked about ${name} today.`),
      entities: sentences.map(([type, name], sentence) => ({
        type,
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

  it('merges a first name the tagger called an organisation into the person, and leaves a film named like its subject', async () => {
    await ingest([
      ...[1, 2].map((i) =>
        article(`paula-${i}`, [
          ['Person', 'Paula Radcliffe'],
          ['Organization', 'Paula'],
        ]),
      ),
      // "Jamie Foxx played Ray Charles in Ray": the film shares the sentence with the full name.
      ...[1, 2].map((i) =>
        buildExtraction({
          id: `ray-${i}`,
          sentences: ['Foxx played Ray Charles in Ray.'],
          entities: [
            {
              type: 'Person',
              name: 'Ray Charles',
              mentions: [{ sentence: 0, text: 'Ray Charles' }],
            },
            { type: 'Organization', name: 'Ray', mentions: [{ sentence: 0, text: 'Ray', nth: 1 }] },
          ],
        }),
      ),
    ]);
    const snapshot = await store.snapshot();

    const merges = await reconcileFirstNames(store, snapshot.entities, new Set(), knownPlaces);

    expect(merges.map((m) => [m.merged, m.into, m.by])).toEqual([
      [['organization:paula'], 'person:paula-radcliffe', RECONCILE_FIRST_NAMES_ACTOR],
    ]);
    expect((await store.findEntitiesByName('Ray', 'Organization')).map((e) => e.key)).toEqual([
      'organization:ray',
    ]);
  });
});
