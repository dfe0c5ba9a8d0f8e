import type { EntitySpec } from './relations-test-entities';
import { relationsWith } from './relations-test-entities';

const SPECS: EntitySpec[] = [
  { id: 'p:roe', type: 'Person', forms: ['Jane Roe', 'Ms Roe'] },
  { id: 'o:panel', type: 'Organization', forms: ['Water Panel'] },
  { id: 'o:acme', type: 'Organization', forms: ['Acme Foods', 'Acme'] },
  { id: 'o:aid', type: 'Organization', forms: ['Aid Now'] },
  { id: 'o:bloc', type: 'Organization', forms: ['Andean Trade Bloc', 'ATB'] },
  { id: 'c:pe', type: 'Country', forms: ['Peru'] },
];

const relationsIn = relationsWith(SPECS);

function triples(text: string) {
  return relationsIn(text).map((r) => [r.subject, r.type, r.object]);
}

describe('membership, employment and leadership from verbs and relative clauses', () => {
  it('reads sitting on and being included in a body as membership', () => {
    expect(triples('Jane Roe, who sits on the Water Panel, spoke.')).toEqual([
      ['p:roe', 'MEMBER_OF', 'o:panel'],
    ]);
    expect(triples('The Water Panel - which includes economist Jane Roe - met.')).toEqual([
      ['p:roe', 'MEMBER_OF', 'o:panel'],
    ]);
  });

  it('reads joining a firm as employment and joining a body as membership', () => {
    expect(triples('Jane Roe joined Acme in 1998.')).toEqual([['p:roe', 'WORKS_FOR', 'o:acme']]);
    expect(triples('Peru joined the Andean Trade Bloc in 1998.')).toEqual([
      ['c:pe', 'MEMBER_OF', 'o:bloc'],
    ]);
  });

  it('reads "who heads" as leading, "who led … operations" as working for', () => {
    expect(triples('Jane Roe, who heads Acme, spoke.')).toEqual([['p:roe', 'LEADER_OF', 'o:acme']]);
    expect(triples('Ms Roe, 59, who led Aid Now operations in Peru, was freed.')).toEqual([
      ['p:roe', 'WORKS_FOR', 'o:aid'],
    ]);
    expect(triples('Jane Roe led Acme to a record year.')).toEqual([
      ['p:roe', 'LEADER_OF', 'o:acme'],
    ]);
    expect(triples('Jane Roe led the Acme protest march.')).toEqual([]);
  });

  it("reads talks on a country's membership as negotiations with the body", () => {
    expect(triples("Talks on Peru's proposed membership of the ATB resumed.")).toEqual([
      ['c:pe', 'NEGOTIATES_WITH', 'o:bloc'],
    ]);
    expect(triples("Peru's membership of the ATB is old.")).toEqual([]);
  });
});
