import type { EntitySpec } from '../relations-test-entities';
import { locatedInTriples } from './located-in-test-triples';

const triples = locatedInTriples(
  [
    { id: 'l:bedford', type: 'Location', forms: ['Bedford'] },
    { id: 'l:indiana', type: 'Location', forms: ['Indiana'] },
    { id: 'l:ohio', type: 'Location', forms: ['Ohio'] },
    { id: 'l:yatsushiro', type: 'Location', forms: ['Yatsushiro'] },
    { id: 'l:kumamoto', type: 'Location', forms: ['Kumamoto Prefecture'] },
    { id: 'l:perugia', type: 'Location', forms: ['Perugia'] },
    { id: 'l:umbria', type: 'Location', forms: ['Umbria'] },
    { id: 'l:wantage', type: 'Location', forms: ['Wantage'] },
    { id: 'l:oxon', type: 'Location', forms: ['Oxfordshire'] },
    { id: 'l:bugesera', type: 'Location', forms: ['Bugesera'] },
    { id: 'c:rw', type: 'Country', forms: ['Rwanda'] },
    { id: 'l:louvre', type: 'Location', forms: ['Louvre'], kind: 'landmark' },
    { id: 'l:montmartre', type: 'Location', forms: ['Montmartre'] },
  ],
  /^prep:place-in-(?:area|part-of)$/,
);

describe('regionRule', () => {
  it('places a town in a US state, a prefecture, a province or a shire named after "in"', () => {
    expect(triples('They grew up in Bedford in southern Indiana.')).toEqual([
      ['l:bedford', 'l:indiana', 'prep:place-in-area'],
    ]);
    expect(triples('She is from Yatsushiro in Kumamoto Prefecture.')).toEqual([
      ['l:yatsushiro', 'l:kumamoto', 'prep:place-in-area'],
    ]);
    expect(triples('Perugia is in Umbria province.')).toEqual([
      ['l:perugia', 'l:umbria', 'prep:place-in-area'],
    ]);
    expect(triples('He is MP for Wantage in Oxfordshire.')).toEqual([
      ['l:wantage', 'l:oxon', 'prep:place-in-area'],
    ]);
  });

  it('places a town in "the southeastern part of" a country', () => {
    expect(triples('Aid reached Bugesera in the southeastern part of Rwanda.')).toEqual([
      ['l:bugesera', 'c:rw', 'prep:place-in-part-of'],
    ]);
  });

  it('leaves "X in Y" to other rules when Y does not say it is an area, or is a state list', () => {
    expect(triples('The show moved from the Louvre in Montmartre.')).toEqual([]);
    expect(triples('Polls closed in Indiana in Ohio time.')).toEqual([]);
  });
});

describe('regionRule with coordinated places', () => {
  const specs: EntitySpec[] = [
    { id: 'l:gyandzha', type: 'Location', forms: ['Gyandzha'] },
    { id: 'l:shamkhor', type: 'Location', forms: ['Shamkhor'] },
    { id: 'c:az', type: 'Country', forms: ['Azerbaijan'] },
    { id: 'l:hk', type: 'Location', forms: ['Hong Kong'], kind: 'city' },
    { id: 'l:tokyo', type: 'Location', forms: ['Tokyo'], kind: 'capital' },
    { id: 'l:pusan', type: 'Location', forms: ['Pusan'] },
    { id: 'c:kr', type: 'Country', forms: ['South Korea'] },
  ];
  // The pair patterns place the place right before "in <country>"; this rule the one joined to it.
  const placed = locatedInTriples(specs, /^prep:place-in-/);

  it('places both of two places joined by "or" in the country after them', () => {
    expect(placed('Why not land in Gyandzha or Shamkhor in Azerbaijan?')).toEqual([
      ['l:gyandzha', 'c:az', 'prep:place-in-area'],
      ['l:shamkhor', 'c:az', 'prep:place-in-place'],
    ]);
  });

  it('does not place the earlier places of a longer list, nor a known city', () => {
    expect(placed('Festivals in Hong Kong, Tokyo and Pusan in South Korea grew.')).toEqual([]);
  });
});
