import type { EntitySpec } from './relations-test-entities';
import { relationsWith } from './relations-test-entities';

const SPECS: EntitySpec[] = [
  { id: 'p:roe', type: 'Person', forms: ['Jane Roe'] },
  { id: 'o:nord', type: 'Organization', forms: ['Nordbank Securities', 'Nordbank'] },
  { id: 'o:rovers', type: 'Organization', forms: ['Rovers'] },
  { id: 'o:fair', type: 'Organization', forms: ['Baltic Trade Fair'] },
  {
    id: 'o:un',
    type: 'Organization',
    forms: ['United Nations'],
    kind: 'international organisation',
  },
  { id: 'l:oslo', type: 'Location', forms: ['Oslo'], kind: 'capital' },
  { id: 'c:no', type: 'Country', forms: ['Norway'] },
  { id: 'l:bergen', type: 'Location', forms: ['Bergen'], kind: 'city' },
];

const relationsIn = relationsWith(SPECS);

function triples(text: string) {
  return relationsIn(text)
    .filter((r) => r.type === 'LOCATED_IN')
    .map((r) => [r.subject, r.type, r.object, r.rule]);
}

describe('where places are', () => {
  it('reads "<place> in northern <country>" and "<country>\'s capital, <city>"', () => {
    expect(triples('Rain fell on Bergen in western Norway.')).toEqual([
      ['l:bergen', 'LOCATED_IN', 'c:no', 'prep:place-in-place'],
    ]);
    expect(triples("He flew to Norway's capital, Oslo.")).toEqual([
      ['l:oslo', 'LOCATED_IN', 'c:no', 'possessive:country-capital'],
    ]);
  });

  it('does not read a possession other than a place as containing it', () => {
    expect(triples("Norway's envoy flew to Oslo.")).toEqual([]);
    expect(triples('Trains left Bergen in western Norway for Oslo.')).toEqual([
      ['l:bergen', 'LOCATED_IN', 'c:no', 'prep:place-in-place'],
    ]);
  });
});

describe('where organisations are', () => {
  it('reads "at <org> in <city>" and "<org> of <place>"', () => {
    expect(
      triples('"Prices will rise," said Jane Roe, an analyst at Nordbank Securities in Oslo.'),
    ).toEqual([['o:nord', 'LOCATED_IN', 'l:oslo', 'prep:org-in-place']]);
    expect(triples('Orders came from Nordbank Securities of Norway.')).toEqual([
      ['o:nord', 'LOCATED_IN', 'c:no', 'prep:org-of-place'],
    ]);
  });

  it("reads a country's or city's organisation from the possessive", () => {
    expect(triples("Shares in Norway's Nordbank fell.")).toEqual([
      ['o:nord', 'LOCATED_IN', 'c:no', 'possessive:place-org'],
    ]);
  });

  it('does not place a team where it played, an event, a membership or a modifier', () => {
    expect(triples('It was a famous win for the Rovers in Oslo.')).toEqual([]);
    expect(triples('Jane Roe spoke at the Baltic Trade Fair in Oslo.')).toEqual([]);
    expect(triples("Norway's United Nations envoy spoke.")).toEqual([]);
    expect(triples("Norway's Nordbank takeover was approved.")).toEqual([]);
    expect(triples('Jane Roe sold Nordbank in Norway.')).toEqual([]);
  });
});
