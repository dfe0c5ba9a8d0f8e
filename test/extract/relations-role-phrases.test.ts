import type { EntitySpec } from './relations-test-entities';
import { relationsWith } from './relations-test-entities';

const SPECS: EntitySpec[] = [
  { id: 'p:roe', type: 'Person', forms: ['Jane Roe', 'Ms Roe'] },
  { id: 'p:doe', type: 'Person', forms: ['John Doe'] },
  { id: 'o:acme', type: 'Organization', forms: ['Acme Foods', 'Acme'] },
  { id: 'o:guild', type: 'Organization', forms: ['Brewers Guild'] },
  { id: 'o:green', type: 'Organization', forms: ['Green Party'] },
  { id: 'c:fi', type: 'Country', forms: ['Finland'] },
];

const relationsIn = relationsWith(SPECS);

function triples(text: string) {
  return relationsIn(text).map((r) => [r.subject, r.type, r.object]);
}

function rules(text: string) {
  return relationsIn(text).map((r) => [r.subject, r.type, r.object, r.rule]);
}

describe('role noun phrases between a person and an organisation', () => {
  it('reads any agent noun in an apposition as working for the organisation', () => {
    expect(
      triples('Jane Roe, a senior market strategist at Acme, said prices would rise.'),
    ).toEqual([['p:roe', 'WORKS_FOR', 'o:acme']]);
    expect(triples('Jane Roe, 47, head of food research for Acme, said so.')).toEqual([
      ['p:roe', 'WORKS_FOR', 'o:acme'],
    ]);
  });

  it('reads a head of the organisation itself as its leader, of a part of it as staff', () => {
    expect(triples('Jane Roe, chairwoman of the Brewers Guild, spoke.')).toEqual([
      ['p:roe', 'LEADER_OF', 'o:guild'],
    ]);
    expect(triples("Jane Roe, head of the Brewers Guild's export office, spoke.")).toEqual([
      ['p:roe', 'WORKS_FOR', 'o:guild'],
    ]);
    expect(triples('Jane Roe, deputy chairwoman of the Brewers Guild, spoke.')).toEqual([
      ['p:roe', 'WORKS_FOR', 'o:guild'],
    ]);
  });

  it('reads copulas and relative clauses that give the role', () => {
    expect(triples('Jane Roe is the chief executive of Acme.')).toEqual([
      ['p:roe', 'LEADER_OF', 'o:acme'],
    ]);
    expect(triples('Jane Roe, who was named finance director of Acme last year, spoke.')).toEqual([
      ['p:roe', 'WORKS_FOR', 'o:acme'],
    ]);
  });

  it('reads "X of Y" and possessive roles, before or after the name', () => {
    expect(triples('Jane Roe of Acme Foods said sales fell.')).toEqual([
      ['p:roe', 'WORKS_FOR', 'o:acme'],
    ]);
    expect(triples("Acme's chief financial officer Jane Roe said sales fell.")).toEqual([
      ['p:roe', 'WORKS_FOR', 'o:acme'],
    ]);
    expect(triples("Jane Roe, Acme's chief executive, said sales fell.")).toEqual([
      ['p:roe', 'LEADER_OF', 'o:acme'],
    ]);
  });

  it("makes a party's officers and members MEMBER_OF it, its spokesmen WORKS_FOR", () => {
    expect(triples('Jane Roe, a councillor of the Green Party, spoke.')).toEqual([
      ['p:roe', 'MEMBER_OF', 'o:green'],
    ]);
    expect(triples("The Green Party's transport spokeswoman, Jane Roe, spoke.")).toEqual([
      ['p:roe', 'WORKS_FOR', 'o:green'],
    ]);
  });

  it('reads an organisation that modifies the role in an apposition', () => {
    expect(triples('Jane Roe, a Green Party councillor, spoke.')).toEqual([
      ['p:roe', 'MEMBER_OF', 'o:green'],
    ]);
    expect(triples('"Sales fell," said Jane Roe, Acme research director.')).toEqual([
      ['p:roe', 'WORKS_FOR', 'o:acme'],
    ]);
    expect(triples('Jane Roe, an Acme customer, spoke.')).toEqual([]);
  });

  it('marks a past role as former', () => {
    expect(rules('Jane Roe, a former bond strategist at Acme, spoke.')).toEqual([
      ['p:roe', 'WORKS_FOR', 'o:acme', 'apposition:role-of:former'],
    ]);
  });

  it('reads a minister of a country as working for it', () => {
    expect(triples('Jane Roe, trade minister of Finland, spoke.')).toEqual([
      ['p:roe', 'WORKS_FOR', 'c:fi'],
    ]);
  });

  it('does not read kinship, opinion, ownership, things, or lists as employment', () => {
    expect(triples('Jane Roe, a fierce critic of Acme, spoke.')).toEqual([]);
    expect(triples('Jane Roe, the daughter of the Acme founder, spoke.')).toEqual([]);
    expect(triples('Jane Roe, a major shareholder in Acme, spoke.')).toEqual([]);
    expect(triples("Acme's new film Jane Roe opens today.")).toEqual([]);
    expect(triples('They met John Doe, Jane Roe, representatives of Acme and others.')).toEqual([]);
    expect(triples("Acme's record and chief executive Jane Roe were praised.")).toEqual([]);
    expect(triples('Jane Roe was a guest of Acme.')).toEqual([]);
  });
});
