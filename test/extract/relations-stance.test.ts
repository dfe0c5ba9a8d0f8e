import type { EntitySpec } from './relations-test-entities';
import { relationsWith } from './relations-test-entities';

const SPECS: EntitySpec[] = [
  { id: 'p:roe', type: 'Person', forms: ['Jane Roe', 'Ms Roe'] },
  { id: 'p:doe', type: 'Person', forms: ['John Doe', 'Mr Doe'] },
  { id: 'c:pe', type: 'Country', forms: ['Peru', 'Peruvian'] },
  { id: 'c:cl', type: 'Country', forms: ['Chile'] },
  { id: 'o:alfa', type: 'Organization', forms: ['Alfa Motors'] },
  { id: 'o:beta', type: 'Organization', forms: ['Beta Steel'] },
];

const relationsIn = relationsWith(SPECS);

function triples(text: string) {
  return relationsIn(text).map((r) => [r.subject, r.type, r.object]);
}

describe('stances through a government or a bid, and signed agreements', () => {
  it("reads a stance towards someone's government or a country's own bid as towards them", () => {
    expect(triples("Ms Roe accused Mr Doe's government of delays.")).toEqual([
      ['p:roe', 'ACCUSES', 'p:doe'],
    ]);
    expect(triples('Chile backed Peruvian membership of the bloc.')).toEqual([
      ['c:cl', 'SUPPORTS', 'c:pe'],
    ]);
    expect(triples('Ms Roe attacked Mr Doe over the budget.')).toEqual([
      ['p:roe', 'OPPOSES', 'p:doe'],
    ]);
  });

  it('does not read other possessions or adjectives as the party itself', () => {
    expect(triples("Ms Roe accused Mr Doe's brother of lying.")).toEqual([]);
    expect(triples('Chile backed Peruvian farmers.')).toEqual([]);
  });

  it('reads "A and B held talks" as negotiation, not "A and B held a party"', () => {
    expect(triples('Alfa Motors and Beta Steel held secret talks last week.')).toEqual([
      ['o:alfa', 'NEGOTIATES_WITH', 'o:beta'],
    ]);
    expect(triples('Alfa Motors and Beta Steel held a party last week.')).toEqual([]);
  });

  it('reads a signed agreement as a partnership, coordinated or with "with"', () => {
    expect(triples('Alfa Motors and Beta Steel signed a supply agreement in May.')).toEqual([
      ['o:alfa', 'PARTNER_OF', 'o:beta'],
    ]);
    expect(triples('Alfa Motors signed a ten-year supply deal with Beta Steel.')).toEqual([
      ['o:alfa', 'PARTNER_OF', 'o:beta'],
    ]);
    expect(triples('Alfa Motors and Beta Steel signed off the accounts.')).toEqual([]);
  });
});
