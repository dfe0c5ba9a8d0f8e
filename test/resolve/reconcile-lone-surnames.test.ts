import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDefaultExtractor } from '../../src/extract/default-extractor';
import { EXTRACTOR_VERSION } from '../../src/extract/pipeline';
import type { ArticleInput } from '../../src/model/article-input';
import { createResolver } from '../../src/resolve/create-resolver';
import {
  findLoneSurnamePersons,
  RECONCILE_ACTOR,
  reconcileLoneSurnames,
} from '../../src/resolve/reconcile-lone-surnames';
import { openExportSource } from '../../src/store/open-export-source';
import type { GraphStore } from '../../src/store/graph-store';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';
import { buildExtraction } from '../fixtures/resolve/build-extraction';
import { oneNameArticle } from '../fixtures/resolve/namesake-articles';

const extract = createDefaultExtractor();

async function ingestAll(store: GraphStore, inputs: ArticleInput[]) {
  const resolver = createResolver({ lookup: store, extractorVersion: EXTRACTOR_VERSION });
  for (const input of inputs) {
    const graph = await resolver.resolveArticle(extract(input));
    await store.upsertArticle(graph);
  }
}

async function personsNamed(store: GraphStore, name: string) {
  return (await store.findEntitiesByName(name, 'Person')).map((e) => e.name).sort();
}

describe('reconcileLoneSurnames', () => {
  let dir: string;
  let store: GraphStore;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-reconcile-'));
    store = openSqliteStore(join(dir, 'graph.db'));
    await store.migrate();
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function loneSurnames(): Promise<string[]> {
    const source = await openExportSource({ kind: 'sqlite', path: join(dir, 'graph.db') });
    try {
      return await findLoneSurnamePersons(source.nodes({ entityTypes: ['Person'] }));
    } finally {
      await source.close();
    }
  }

  it('merges a surname stored before the only full name that carries it', async () => {
    await ingestAll(store, [
      { id: 'early', text: 'Mr Blair said the talks in London had gone well.' },
      {
        id: 'later',
        text: 'Prime Minister Tony Blair met business leaders in Manchester on Monday.',
      },
    ]);
    expect(await personsNamed(store, 'Blair')).toEqual(['Blair', 'Tony Blair']);

    const merges = await reconcileLoneSurnames(store, await loneSurnames());

    expect(merges).toHaveLength(1);
    expect(merges[0]).toMatchObject({ by: RECONCILE_ACTOR, merged: ['person:blair'] });
    expect(await personsNamed(store, 'Blair')).toEqual(['Tony Blair']);
    const [tony] = await store.findEntitiesByName('Tony Blair', 'Person');
    expect(tony?.articleCount).toBe(2);
  });

  it('leaves a surname alone when two full names share it', async () => {
    await ingestAll(store, [
      { id: 'lone', text: 'Mr Brown said the budget would be balanced.' },
      { id: 'gordon', text: 'Chancellor Gordon Brown presented the budget on Wednesday.' },
      { id: 'nick', text: 'Labour MP Nick Brown spoke to farmers in Newcastle.' },
    ]);

    expect(await reconcileLoneSurnames(store, await loneSurnames())).toEqual([]);
    expect(await personsNamed(store, 'Brown')).toEqual(['Brown', 'Gordon Brown', 'Nick Brown']);
  });

  it('asks for the company only of a surname its names leave undecided, and follows it', async () => {
    await ingestAll(store, [
      { id: 'lone', text: 'Mr Brown said the budget would be balanced.' },
      { id: 'gordon', text: 'Chancellor Gordon Brown presented the budget on Wednesday.' },
      { id: 'nick', text: 'Labour MP Nick Brown spoke to farmers in Newcastle.' },
      { id: 'early', text: 'Mr Blair said the talks in London had gone well.' },
      { id: 'tony', text: 'Prime Minister Tony Blair met business leaders in Manchester.' },
    ]);
    const keyOf = async (name: string) =>
      (await store.findEntitiesByName(name, 'Person')).find((e) => e.name === name)?.key ?? name;
    const brown = await keyOf('Brown');
    const gordon = await keyOf('Gordon Brown');
    const nick = await keyOf('Nick Brown');
    const tony = await keyOf('Tony Blair');
    const asked: string[][] = [];
    // Brown keeps the Treasury's and the budget's company, as Gordon Brown does.
    const company = new Map([
      [brown, new Set(['org:treasury', 'event:budget'])],
      [gordon, new Set(['org:treasury', 'event:budget'])],
      [nick, new Set(['location:newcastle'])],
    ]);

    const merges = await reconcileLoneSurnames(store, await loneSurnames(), async (keys) => {
      asked.push([...keys].sort());
      return company;
    });

    expect(asked).toEqual([[brown, gordon, nick].sort()]);
    expect(merges.map((m) => [m.merged, m.into])).toEqual([
      [['person:blair'], tony],
      [[brown], gordon],
    ]);
    expect(merges[1]?.reason).toMatch(/named beside/);
  });

  it('merges a surname into the full name named in far more articles than the other holders', async () => {
    await ingestAll(store, [
      { id: 'lone', text: 'Mr Brown said the budget would be balanced.' },
      { id: 'gordon-1', text: 'Chancellor Gordon Brown presented the budget on Wednesday.' },
      { id: 'gordon-2', text: 'Gordon Brown defended his spending plans in Leeds.' },
      { id: 'gordon-3', text: 'Gordon Brown met union leaders in London on Friday.' },
      { id: 'nick', text: 'Labour MP Nick Brown spoke to farmers in Newcastle.' },
    ]);

    const merges = await reconcileLoneSurnames(store, await loneSurnames());

    expect(merges).toHaveLength(1);
    expect(merges[0]?.reason).toMatch(/far more articles/);
    expect(await personsNamed(store, 'Brown')).toEqual(['Gordon Brown', 'Nick Brown']);
  });

  it('does not merge "Mrs Blair" into the only Blair when he is always "Mr"', async () => {
    await ingestAll(store, [
      { id: 'mrs', text: 'Mrs Blair opened the new children’s ward in Sedgefield.' },
      { id: 'tony', text: 'Mr Tony Blair met business leaders in Manchester on Monday.' },
    ]);
    expect(await reconcileLoneSurnames(store, await loneSurnames())).toEqual([]);
  });

  async function storeNames(names: [id: string, sentence: string, name: string][]) {
    const resolver = createResolver({ lookup: store, extractorVersion: EXTRACTOR_VERSION });
    for (const [id, sentence, name] of names) {
      await store.upsertArticle(
        await resolver.resolveArticle(oneNameArticle(id, sentence, { name })),
      );
    }
  }

  it('merges an initial and a surname into the full name its initial fits, when that one dominates', async () => {
    await storeNames([
      ['sheet', 'S Jones (Clermont Auvergne), D Peel (Llanelli).', 'S Jones'],
      ...[1, 2, 3].map((i): [string, string, string] => [
        `stephen-${i}`,
        'Stephen Jones kicked two penalties.',
        'Stephen Jones',
      ]),
      ['simon', 'Simon Jones bowled well.', 'Simon Jones'],
      ...[1, 2, 3, 4].map((i): [string, string, string] => [
        `chris-${i}`,
        'Chris Jones scored again.',
        'Chris Jones',
      ]),
    ]);
    expect(await loneSurnames()).toEqual(['person:s-jones']);

    const merges = await reconcileLoneSurnames(store, await loneSurnames());

    expect(merges.map((m) => [m.merged, m.into])).toEqual([
      [['person:s-jones'], 'person:stephen-jones'],
    ]);
  });

  it('leaves an initial and a surname alone when its initial fits no full name', async () => {
    await storeNames([
      ['sheet', 'C Jones (Trafford AC) ran well.', 'C Jones'],
      ['stephen', 'Stephen Jones kicked two penalties.', 'Stephen Jones'],
    ]);

    expect(await reconcileLoneSurnames(store, await loneSurnames())).toEqual([]);
  });

  it('follows an initial-named holder that moved on in the same pass', async () => {
    await storeNames([
      ['lone', 'Miller scored.', 'Miller'],
      ...[1, 2, 3].map((i): [string, string, string] => [
        `sheet-${i}`,
        'E Miller (Leeds) scored.',
        'E Miller',
      ]),
      ['eddie', 'Eddie Miller scored twice.', 'Eddie Miller'],
    ]);
    expect(await loneSurnames()).toEqual(['person:e-miller', 'person:miller']);

    const merges = await reconcileLoneSurnames(store, await loneSurnames());

    expect(merges.map((m) => [m.merged, m.into])).toEqual([
      [['person:e-miller'], 'person:eddie-miller'],
      [['person:miller'], 'person:eddie-miller'],
    ]);
    expect(await personsNamed(store, 'Miller')).toEqual(['Eddie Miller']);
  });

  it('merges a double-barrelled surname written with a space into the full name carrying it', async () => {
    await storeNames([
      ['spaced', 'Kilroy Silk said the party would stand.', 'Kilroy Silk'],
      ['full', 'Robert Kilroy-Silk launched Veritas.', 'Robert Kilroy-Silk'],
      ['other', 'Max Silk spoke too.', 'Max Silk'],
    ]);
    expect(await loneSurnames()).toEqual(['person:kilroy-silk']);

    const merges = await reconcileLoneSurnames(store, await loneSurnames());

    expect(merges.map((m) => [m.merged, m.into])).toEqual([
      [['person:kilroy-silk'], 'person:robert-kilroy-silk'],
    ]);
  });

  it('leaves a lone surname alone when its own articles name two different holders, whatever the corpus prefers', async () => {
    const resolver = createResolver({ lookup: store, extractorVersion: EXTRACTOR_VERSION });
    const sheet = buildExtraction({
      id: 'sheet',
      sentences: ['Max Jones and Stephen Jones started.', 'Jones scored the try.'],
      entities: [
        { type: 'Person', name: 'Max Jones', mentions: [{ sentence: 0, text: 'Max Jones' }] },
        {
          type: 'Person',
          name: 'Stephen Jones',
          mentions: [{ sentence: 0, text: 'Stephen Jones' }],
        },
        { type: 'Person', name: 'Jones', mentions: [{ sentence: 1, text: 'Jones' }] },
      ],
    });
    await store.upsertArticle(await resolver.resolveArticle(sheet));
    await storeNames(
      [1, 2, 3].map((i): [string, string, string] => [`max-${i}`, 'Max Jones ran.', 'Max Jones']),
    );
    expect(await loneSurnames()).toEqual(['person:jones']);

    expect(await reconcileLoneSurnames(store, await loneSurnames())).toEqual([]);
    expect(await personsNamed(store, 'Jones')).toEqual(['Jones', 'Max Jones', 'Stephen Jones']);
  });

  it('can be undone like any analyst merge', async () => {
    await ingestAll(store, [
      { id: 'early', text: 'Mr Blair said the talks in London had gone well.' },
      {
        id: 'later',
        text: 'Prime Minister Tony Blair met business leaders in Manchester on Monday.',
      },
    ]);
    const before = await store.snapshot();
    const [merge] = await reconcileLoneSurnames(store, await loneSurnames());
    await store.undoMerge(merge?.id ?? '', { by: 'analyst' });
    expect(await store.snapshot()).toEqual(before);
  });
});
