import type { EntitySpec } from './relations-test-entities';
import { relationsWith } from './relations-test-entities';

const SPECS: EntitySpec[] = [
  {
    id: 'p:king',
    type: 'Person',
    forms: ['Anna King', 'Ms King'],
    attributes: { country: 'c:no' },
  },
  { id: 'p:moss', type: 'Person', forms: ['Carl Moss'], attributes: { country: 'c:uk' } },
  { id: 'p:lund', type: 'Person', forms: ['Eva Lund'] },
  { id: 'c:no', type: 'Country', forms: ['Norway', 'Norwegian'] },
  { id: 'c:uk', type: 'Country', forms: ['Britain'] },
  { id: 'c:se', type: 'Country', forms: ['Swedish'] },
];

const relationsIn = relationsWith(SPECS);

function triples(text: string) {
  return relationsIn(text).map((r) => [r.subject, r.type, r.object, r.rule]);
}

describe('offices of people the gazetteer knows', () => {
  it('reads a bare leader title as leading the known country when the article names it', () => {
    expect(triples('President Anna King opened the bridge in Norway.')).toContainEqual([
      'p:king',
      'LEADER_OF',
      'c:no',
      'title:known-office-leader',
    ]);
  });

  it('reads a cabinet title as working for the country, and the British chancellor too', () => {
    expect(triples('Britain waits as Home Secretary Carl Moss speaks.')).toContainEqual([
      'p:moss',
      'WORKS_FOR',
      'c:uk',
      'title:known-office-cabinet',
    ]);
    expect(triples('Britain waits as Chancellor Carl Moss speaks.')).toContainEqual([
      'p:moss',
      'WORKS_FOR',
      'c:uk',
      'title:known-office-cabinet',
    ]);
  });

  it('asserts nothing when the country is not named, the office is past, or no office is written', () => {
    expect(triples('President Anna King opened the bridge.')).toEqual([]);
    expect(triples('Shadow Home Secretary Carl Moss spoke in Britain.')).toEqual([]);
    expect(triples('Ms King spoke in Norway.')).toEqual([]);
    expect(triples('Britain heard Senator Carl Moss.')).toEqual([]);
  });

  it('marks a past office as former', () => {
    expect(triples('Former President Anna King opened the bridge in Norway.')).toEqual([
      ['p:king', 'LEADER_OF', 'c:no', 'title:known-office-leader:former'],
    ]);
    expect(triples('In Norway, former Prime Minister Anna King spoke.')).toEqual([
      ['p:king', 'LEADER_OF', 'c:no', 'title:known-office-leader:former'],
    ]);
  });

  it('leaves a title with its own owner to the title patterns, and needs the known country', () => {
    expect(triples('Swedish President Anna King spoke in Norway.')).toEqual([
      ['p:king', 'LEADER_OF', 'c:se', 'title:country-leader'],
    ]);
    expect(triples('President Eva Lund spoke in Norway.')).toEqual([]);
  });
});
