import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractedEntity } from '../../src/model/extraction';
import { cleanArticle } from '../../src/extract/clean';
import { createEntityRecogniser } from '../../src/extract/entities';
import type { NerTagger } from '../../src/extract/entities';
import { loadGazetteer } from '../../src/extract/gazetteer';
import { createAnalyser } from '../../src/extract/nlp';

const analyse = createAnalyser();
const gazetteer = loadGazetteer();
const recognise = createEntityRecogniser({ gazetteer });

function entitiesOf(text: string, r = recognise): ExtractedEntity[] {
  return r(analyse(text));
}
const names = (es: ExtractedEntity[], type: string): string[] =>
  es
    .filter((e) => e.type === type)
    .map((e) => e.name)
    .sort();
const byName = (es: ExtractedEntity[], name: string): ExtractedEntity | undefined =>
  es.find((e) => e.name === name);
const mentionTexts = (e: ExtractedEntity | undefined): string[] =>
  (e?.mentions ?? []).map((m) => m.text);

describe('createEntityRecogniser on the seed article', () => {
  const raw = readFileSync(join(__dirname, '../../samples/seed-xi-moscow-victory-day.txt'), 'utf8');
  const { text } = cleanArticle({ text: raw });
  const entities = entitiesOf(text);

  it('finds exactly the three persons, each once with its short forms and titles', () => {
    expect(names(entities, 'Person')).toEqual([
      'Vladimir Putin',
      'Xi Jinping',
      'Yulia Shapovalova',
    ]);
    const xi = byName(entities, 'Xi Jinping');
    expect(xi?.id).toBe('wd:Q15031');
    expect(mentionTexts(xi)).toEqual(
      expect.arrayContaining(['Xi Jinping', 'Xi', 'The Chinese leader', 'Chinese leader']),
    );
    expect(mentionTexts(byName(entities, 'Vladimir Putin'))).toEqual(
      expect.arrayContaining(['Vladimir Putin', 'Putin']),
    );
    expect(mentionTexts(byName(entities, 'Yulia Shapovalova'))).toEqual([
      'Yulia Shapovalova',
      'Yulia Shapovalova',
      'Shapovalova',
    ]);
  });

  it('records titles and affiliations for the relation extractor', () => {
    expect(byName(entities, 'Vladimir Putin')?.attributes).toMatchObject({
      title: 'President',
      titleOf: 'wd:Q159',
    });
    expect(byName(entities, 'Xi Jinping')?.attributes).toMatchObject({
      title: 'President',
      titleOf: 'wd:Q148',
    });
    expect(byName(entities, 'Yulia Shapovalova')?.attributes).toMatchObject({
      affiliation: 'organization:al-jazeera',
    });
  });

  it('finds the countries, with U.S., US and Washington as the United States', () => {
    expect(names(entities, 'Country')).toEqual([
      'China',
      'Germany',
      'Russia',
      'Soviet Union',
      'Ukraine',
      'United States',
    ]);
    expect(mentionTexts(byName(entities, 'United States')).sort()).toEqual([
      'U.S.',
      'US',
      'Washington',
    ]);
    expect(mentionTexts(byName(entities, 'Germany'))).toEqual(['Nazi Germany']);
    expect(mentionTexts(byName(entities, 'Ukraine'))).toContain('Kyiv');
  });

  it('tells Moscow the place from Moscow the actor', () => {
    const moscow = byName(entities, 'Moscow');
    expect(moscow?.type).toBe('Location');
    expect(moscow?.candidates).toEqual(['wd:Q159']);
    const russia = byName(entities, 'Russia');
    const actorUses = russia?.mentions.filter((m) => m.text === 'Moscow') ?? [];
    expect(actorUses.length).toBe(2);
    expect(text.slice(actorUses[1]?.start, (actorUses[1]?.end ?? 0) + 10)).toBe('Moscow’s efforts');
  });

  it('finds the Kremlin in Moscow, the organisations, the events and the project', () => {
    expect(byName(entities, 'Kremlin')?.attributes).toMatchObject({
      kind: 'landmark',
      locatedIn: 'wd:Q649',
    });
    expect(names(entities, 'Organization')).toEqual(['Al Jazeera', "Ukraine's foreign ministry"]);
    expect(names(entities, 'Event')).toEqual([
      'Victory Day commemorations',
      'World War II',
      "Xi Jinping's visit",
    ]);
    expect(mentionTexts(byName(entities, 'World War II'))).toEqual([
      'World War II',
      'WWII',
      'WWII',
    ]);
    expect(mentionTexts(byName(entities, 'Victory Day commemorations'))).toEqual([
      'World War II commemorations',
      '80th anniversary of Nazi Germany’s defeat',
      'Victory Day events',
    ]);
    expect(byName(entities, 'Power of Siberia 2')).toMatchObject({
      type: 'Project',
      attributes: { kind: 'gas pipeline' },
    });
  });

  it('gives every mention exact offsets and its sentence', () => {
    for (const e of entities) {
      for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });
});

describe('createEntityRecogniser', () => {
  it('keeps two persons who share a surname apart', () => {
    const text = readFileSync(join(__dirname, '../fixtures/articles/shared-surname.txt'), 'utf8');
    const entities = entitiesOf(text);
    expect(names(entities, 'Person')).toEqual(['David Miliband', 'Ed Miliband']);
    const ed = byName(entities, 'Ed Miliband');
    const lone = ed?.mentions.find((m) => m.text === 'Miliband');
    // The lone surname goes to the most recent full name, with the other as a candidate.
    expect(lone).toMatchObject({
      source: 'coref:surname',
      candidates: [expect.stringContaining('david-miliband')],
    });
  });

  it('uses the statistical tagger for names no gazetteer or pattern knows', () => {
    const text = 'Officials at Globex Industries welcomed the plan.';
    const tagger: NerTagger = (a) => {
      const first = a.tokens.findIndex((t) => t.value === 'Globex');
      return [{ type: 'ORG', firstToken: first, endToken: first + 2, confidence: 0.8 }];
    };
    expect(names(entitiesOf(text), 'Organization')).toEqual([]);
    const withNer = entitiesOf(text, createEntityRecogniser({ gazetteer, nerTagger: tagger }));
    expect(byName(withNer, 'Globex Industries')?.mentions[0]?.source).toBe('ner');
  });

  it('does not take lower-case words for places', () => {
    expect(entitiesOf('We will roast a turkey and serve it on china plates.')).toEqual([]);
  });
});
