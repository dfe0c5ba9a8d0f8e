import type { ExtractionResult } from '../../src/model/extraction';
import { createResolver } from '../../src/resolve';
import {
  chooseLongForm,
  findShortForms,
  reconcileShortForms,
  RECONCILE_SHORT_FORMS_ACTOR,
} from '../../src/resolve/reconcile-short-forms';
import type { GraphStore } from '../../src/store/graph-store';
import { buildExtraction } from '../fixtures/resolve/build-extraction';
import { useTempSqliteStore } from '../support/temp-sqlite-store';
import { org } from '../fixtures/resolve/organisation-node';

const united = org('organization:united', 'United', 32);
const manUtd = org('organization:manchester-united', 'Manchester United', 49);
const shareholdersUnited = org('organization:shareholders-united', 'Shareholders United', 4);

/** `n` articles naming the short form beside each of `keys`. */
const articlesNaming = (n: number, ...keys: string[]) =>
  Array.from({ length: n }, () => new Set(keys));

describe('findShortForms', () => {
  it('pairs an organisation with the longer organisation names containing it word for word', () => {
    const forms = findShortForms([
      united,
      manUtd,
      shareholdersUnited,
      org('organization:unitedhealth', 'UnitedHealth', 40),
      { ...org('person:united', 'United', 40), type: 'Person' },
    ]);
    expect(forms.map((f) => [f.short.key, f.longer.map((l) => l.key)])).toEqual([
      [
        'organization:united',
        ['organization:manchester-united', 'organization:shareholders-united'],
      ],
    ]);
  });

  it('leaves out a short form no longer name is attested enough to dominate, and one linked to Wikidata', () => {
    expect(
      findShortForms([
        org('organization:fiat', 'Fiat', 6),
        org('organization:fiat-auto', 'Fiat Auto', 1),
        org('wd:Q9531', 'BBC', 452, 'Q9531'),
        org('organization:bbc-news', 'BBC News', 300),
      ]),
    ).toEqual([]);
  });

  it('counts names it begins or ends before names it is only inside, which count when alone', () => {
    const forms = findShortForms([
      org('organization:lords', 'Lords', 2),
      org('organization:house-of-lords', 'House of Lords', 25),
      org('organization:elect-the-lords-campaign', 'Elect the Lords Campaign', 1),
      org('organization:yili', 'Yili', 2),
      org('organization:inner-mongolia-yili-industrial', 'Inner Mongolia Yili Industrial', 3),
    ]);
    expect(forms.map((f) => [f.short.key, f.longer.map((l) => l.key)])).toEqual([
      ['organization:lords', ['organization:house-of-lords']],
      ['organization:yili', ['organization:inner-mongolia-yili-industrial']],
    ]);
  });

  it('does not read a name joined to another by "and" or "&" as a longer form', () => {
    const forms = findShortForms([
      org('organization:rangers', 'Rangers', 2),
      org('organization:everton-and-rangers', 'Everton and Rangers', 2),
      org('organization:marsh', 'Marsh', 2),
      org('organization:marsh-mclennan', 'Marsh & McLennan', 2),
    ]);
    expect(forms).toEqual([]);
  });

  it('reads a place’s name as short only for a longer name it begins, not one it qualifies', () => {
    const forms = findShortForms([
      org('organization:europe', 'Europe', 4),
      org('organization:lycos-europe', 'Lycos Europe', 4),
      org('organization:exeter', 'Exeter', 3),
      org('organization:exeter-city', 'Exeter City', 2),
    ]);
    expect(forms.map((f) => [f.short.key, f.longer.map((l) => l.key)])).toEqual([
      ['organization:exeter', ['organization:exeter-city']],
    ]);
  });

  it('weighs the longest short forms first, so a chain ends on the full name', () => {
    const forms = findShortForms([
      org('organization:national', 'National', 2),
      org('organization:office-for-national', 'Office for National', 2),
      org('organization:ons', 'Office for National Statistics', 15),
    ]);
    expect(forms.map((f) => f.short.key)).toEqual([
      'organization:office-for-national',
      'organization:national',
    ]);
  });
});

describe('chooseLongForm', () => {
  const [form] = findShortForms([united, manUtd, shareholdersUnited]);

  it('chooses the longer name most of the short form’s articles name, far more often than any other', () => {
    const articles = [
      ...articlesNaming(22, manUtd.key),
      ...articlesNaming(4, manUtd.key, shareholdersUnited.key),
      ...articlesNaming(6),
    ];
    expect(chooseLongForm(form!, articles)).toEqual({ into: manUtd, named: 26, articles: 32 });
  });

  it('chooses nothing when the longer name is named in half the articles or fewer', () => {
    expect(chooseLongForm(form!, [...articlesNaming(5, manUtd.key), ...articlesNaming(5)])).toBe(
      null,
    );
  });

  it('chooses nothing when another longer name shares the articles', () => {
    const articles = [
      ...articlesNaming(5, manUtd.key),
      ...articlesNaming(2, shareholdersUnited.key),
    ];
    expect(chooseLongForm(form!, articles)).toBe(null);
  });
});

describe('reconcileShortForms on SQLite', () => {
  const tempStore = useTempSqliteStore('newsgraph-reconcile-short-forms-');
  let store: GraphStore;
  beforeEach(() => {
    store = tempStore();
  });

  function twoClubs(id: string, first: string, second: string): ExtractionResult {
    return buildExtraction({
      id,
      sentences: [`${first} played well.`, `${second} won.`],
      entities: [
        { type: 'Organization', name: first, mentions: [{ sentence: 0, text: first }] },
        { type: 'Organization', name: second, mentions: [{ sentence: 1, text: second }] },
      ],
    });
  }

  async function ingest(extractions: ExtractionResult[]) {
    const resolver = createResolver({ lookup: store, extractorVersion: 'test/1' });
    for (const extraction of extractions) {
      await store.upsertArticle(await resolver.resolveArticle(extraction));
    }
  }

  it('merges a short form into the longer name its articles use it for, recorded and undoable', async () => {
    await ingest([
      twoClubs('a', 'Manchester United', 'United'),
      twoClubs('b', 'Manchester United', 'United'),
      twoClubs('c', 'Manchester United', 'United'),
      twoClubs('d', 'Dundee United', 'United'),
    ]);
    const snapshot = await store.snapshot();

    const merges = await reconcileShortForms(store, snapshot.entities);

    expect(merges.map((m) => [m.merged, m.into, m.by])).toEqual([
      [['organization:united'], 'organization:manchester-united', RECONCILE_SHORT_FORMS_ACTOR],
    ]);
    expect(merges[0]?.reason).toContain('3 of its 4 articles');
    const [merged] = await store.getEntities(['organization:manchester-united']);
    expect(merged?.articleCount).toBe(4);
    await store.undoMerge(merges[0]!.id, { by: 'analyst' });
    expect((await store.getEntities(['organization:united']))[0]?.articleCount).toBe(4);
  });

  it('keeps "Times" apart from the Financial Times when few of its articles name that paper', async () => {
    await ingest([
      twoClubs('a', 'Financial Times', 'Times'),
      twoClubs('b', 'Guardian', 'Times'),
      twoClubs('c', 'Observer', 'Times'),
    ]);
    const snapshot = await store.snapshot();

    expect(await reconcileShortForms(store, snapshot.entities)).toEqual([]);
    expect((await store.findEntitiesByName('Times')).map((e) => e.key)).toEqual([
      'organization:times',
    ]);
  });
});
