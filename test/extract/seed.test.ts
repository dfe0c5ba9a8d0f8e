import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDefaultExtractor } from '../../src/extract';
import { SYMMETRIC_RELATION_TYPES } from '../../src/model/entity-types';
import type { ExtractionResult } from '../../src/model/extraction';

const SEED = join(__dirname, '../../../shared/corpus/seed-xi-moscow-victory-day.txt');

describe('the seed article (Xi in Moscow for Victory Day)', () => {
  let r: ExtractionResult;
  const id = (name: string): string => {
    const e = r.entities.find((x) => x.name === name);
    if (!e)
      throw new Error(`no entity named ${name}; have ${r.entities.map((x) => x.name).join(', ')}`);
    return e.id;
  };
  const has = (type: string, subject: string, object: string) =>
    r.relations.filter((x) => x.type === type && x.subject === subject && x.object === object);

  beforeAll(() => {
    r = createDefaultExtractor()({ text: readFileSync(SEED, 'utf8'), origin: 'seed' });
  });

  it('finds each person once, with short forms and titles as mentions', () => {
    for (const name of ['Vladimir Putin', 'Xi Jinping', 'Yulia Shapovalova']) {
      expect(r.entities.filter((e) => e.type === 'Person' && e.name === name)).toHaveLength(1);
    }
    const xi = r.entities.find((e) => e.name === 'Xi Jinping');
    expect(xi?.mentions.map((m) => m.text)).toEqual(
      expect.arrayContaining(['Xi', 'Xi Jinping', 'The Chinese leader']),
    );
    expect(
      r.entities.find((e) => e.name === 'Vladimir Putin')?.mentions.map((m) => m.text),
    ).toContain('Putin');
  });

  it('finds the three persons and no other: the section headings are not names', () => {
    expect(
      r.entities
        .filter((e) => e.type === 'Person')
        .map((e) => e.name)
        .sort(),
    ).toEqual(['Vladimir Putin', 'Xi Jinping', 'Yulia Shapovalova']);
    const names = r.entities.map((e) => e.name);
    for (const heading of ['Geopolitical Context', 'Economic Talks', 'Neutrality Questioned'])
      expect(names).not.toContain(heading);
    expect(names.some((n) => n.startsWith('Strengthening Ties'))).toBe(false);
  });

  it('finds the countries, places, organisations, events and the project', () => {
    const us = r.entities.find((e) => e.name === 'United States');
    expect(us?.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['U.S.', 'Washington']));
    for (const name of ['Russia', 'China', 'Ukraine', 'Germany'])
      expect(r.entities.find((e) => e.name === name)?.type).toBe('Country');
    expect(r.entities.find((e) => e.name === 'Moscow')?.type).toBe('Location');
    expect(r.entities.find((e) => e.name === 'Kremlin')?.type).toBe('Location');
    expect(r.entities.find((e) => e.name === 'Al Jazeera')?.type).toBe('Organization');
    expect(r.entities.find((e) => /foreign ministry/i.test(e.name))?.type).toBe('Organization');
    expect(
      r.entities.find((e) => e.name === 'World War II')?.mentions.map((m) => m.text),
    ).toContain('WWII');
    expect(r.entities.find((e) => e.name === 'Power of Siberia 2')?.attributes?.['kind']).toBe(
      'gas pipeline',
    );
  });

  it('states the leaders, the meeting, the hosting and the visit, dated 2025-05-08', () => {
    const [putin, xi] = [id('Vladimir Putin'), id('Xi Jinping')];
    expect(has('LEADER_OF', putin, id('Russia')).length).toBeGreaterThan(0);
    expect(has('LEADER_OF', xi, id('China')).length).toBeGreaterThan(0);
    const met = has('MET_WITH', ...([putin, xi].sort() as [string, string]));
    expect(met.map((m) => m.date?.value)).toContain('2025-05-08');
    expect(has('HOSTED', putin, xi).length).toBeGreaterThan(0);
    expect(
      [...has('VISITED', xi, id('Moscow')), ...has('VISITED', xi, id('Russia'))].length,
    ).toBeGreaterThan(0);
  });

  it('makes the visit an event with host, guest, place and date', () => {
    const visit = r.entities.find((e) => e.type === 'Event' && e.attributes?.['kind'] === 'visit');
    expect(visit?.attributes?.['date']).toBe('2025-05-08');
    const roles = r.roles.filter((x) => x.event === visit?.id).map((x) => [x.role, x.entity]);
    expect(roles).toEqual(
      expect.arrayContaining([
        ['host', id('Vladimir Putin')],
        ['guest', id('Xi Jinping')],
        ['place', id('Moscow')],
      ]),
    );
  });

  it('links the commemorations, the Kremlin and the pipeline to their places and parties', () => {
    const commemorations = r.entities.find((e) => e.type === 'Event' && /Victory Day/.test(e.name));
    expect(commemorations).toBeDefined();
    const c = commemorations?.id as string;
    expect(has('HELD_IN', c, id('Moscow')).length).toBeGreaterThan(0);
    expect(has('ATTENDED', id('Xi Jinping'), c).length).toBeGreaterThan(0);
    expect(has('LOCATED_IN', id('Kremlin'), id('Moscow')).length).toBeGreaterThan(0);
    for (const country of ['Russia', 'China']) {
      expect(has('INVOLVED_IN', id(country), id('Power of Siberia 2')).length).toBeGreaterThan(0);
    }
  });

  it('states partnership, employment, the tariff war and the accusation', () => {
    const pair = (a: string, b: string) => [id(a), id(b)].sort() as [string, string];
    expect(has('PARTNER_OF', ...pair('China', 'Russia')).length).toBeGreaterThan(0);
    expect(has('WORKS_FOR', id('Yulia Shapovalova'), id('Al Jazeera')).length).toBeGreaterThan(0);
    expect(has('IN_CONFLICT_WITH', ...pair('China', 'United States')).length).toBeGreaterThan(0);
    expect(has('ACCUSES', id('Ukraine'), id('China')).length).toBeGreaterThan(0);
  });

  it('attributes all four quotes to the right speakers', () => {
    const speakerOf = (start: string) => r.quotes.find((q) => q.text.startsWith(start))?.speaker;
    expect(speakerOf('In the face of the international counter-current')).toBe(id('Xi Jinping'));
    expect(speakerOf('Together with our Chinese friends')).toBe(id('Vladimir Putin'));
    expect(speakerOf('Many say that China has some concerns')).toBe(id('Yulia Shapovalova'));
    expect(speakerOf('Economic pressure on both sides')).toBe(id('Yulia Shapovalova'));
    for (const q of r.quotes) expect(r.text.slice(q.start, q.end)).toBe(q.text);
  });

  it('takes no fact from captions, the photo credit or related-story headlines', () => {
    for (const banned of [
      'guides Chinese leader',
      'Wikimedia',
      'Related Stories',
      'Southeast Asia Tour',
      'Nuclear Option',
    ]) {
      expect(r.text).not.toContain(banned);
    }
    for (const x of r.relations) {
      expect(r.text.slice(x.evidence.start, x.evidence.end)).toBe(x.evidence.text);
      expect(x.evidence.end).toBeLessThanOrEqual(r.text.length);
    }
    for (const e of r.entities)
      for (const m of e.mentions) expect(r.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('orients symmetric relations and keeps co-occurrence apart from typed relations', () => {
    for (const x of r.relations)
      if (SYMMETRIC_RELATION_TYPES.has(x.type)) expect(x.subject < x.object).toBe(true);
    expect(r.relations.map((x) => x.type as string)).not.toContain('CO_MENTIONED');
    expect(r.cooccurrences.length).toBeGreaterThan(0);
  });
});
