import type { EntitySpec } from './relations-test-entities';
import { relationsWith } from './relations-test-entities';

const SPECS: EntitySpec[] = [
  { id: 'p:roe', type: 'Person', forms: ['Jane Roe'] },
  { id: 'o:reform', type: 'Organization', forms: ['Reform Party'] },
  { id: 'o:acme', type: 'Organization', forms: ['Acme'] },
];

const relationsIn = relationsWith(SPECS);

function triples(text: string) {
  return relationsIn(text).map((r) => [r.subject, r.type, r.object]);
}

describe('people and political parties', () => {
  it("reads a party's people as its members, a company's as its staff", () => {
    expect(triples("The Reform Party's Jane Roe spoke.")).toEqual([
      ['p:roe', 'MEMBER_OF', 'o:reform'],
    ]);
    expect(triples("Acme's Jane Roe spoke.")).toEqual([['p:roe', 'WORKS_FOR', 'o:acme']]);
  });

  it('keeps a party spokesman as speaking for it', () => {
    expect(triples('Reform Party spokeswoman Jane Roe spoke.')).toEqual([
      ['p:roe', 'WORKS_FOR', 'o:reform'],
    ]);
  });

  it('does not make a deputy leader the leader: a deputy serves', () => {
    expect(triples('Reform Party deputy leader Jane Roe spoke.')).toEqual([
      ['p:roe', 'MEMBER_OF', 'o:reform'],
    ]);
    expect(triples('Acme deputy chairman Jane Roe spoke.')).toEqual([
      ['p:roe', 'WORKS_FOR', 'o:acme'],
    ]);
    expect(triples('Acting Acme chairman Jane Roe spoke.')).toEqual([
      ['p:roe', 'WORKS_FOR', 'o:acme'],
    ]);
    // An outgoing chairman still leads until he goes.
    expect(triples('Outgoing Acme chairman Jane Roe spoke.')).toEqual([
      ['p:roe', 'LEADER_OF', 'o:acme'],
    ]);
  });
});
