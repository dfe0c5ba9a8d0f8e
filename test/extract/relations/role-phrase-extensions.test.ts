import type { EntitySpec } from '../relations-test-entities';
import { relationsWith } from '../relations-test-entities';

const SPECS: EntitySpec[] = [
  { id: 'p:roe', type: 'Person', forms: ['Jane Roe'] },
  { id: 'p:doe', type: 'Person', forms: ['John Doe'] },
  { id: 'o:acme', type: 'Organization', forms: ['Acme'] },
  { id: 'o:ministry', type: 'Organization', forms: ['Foreign Ministry'] },
  { id: 'o:labor', type: 'Organization', forms: ['Labor Party'] },
];

const relationsIn = relationsWith(SPECS);

function triples(text: string) {
  return relationsIn(text).map((r) => [r.subject, r.type, r.object, r.rule]);
}

describe('role phrases read further', () => {
  it('reads a title written in capitals after a possessive', () => {
    expect(
      triples("The Foreign Ministry's Southeast Asian Department Chief Jane Roe quoted him."),
    ).toEqual([['p:roe', 'WORKS_FOR', 'o:ministry', 'possessive:org-role']]);
  });

  it('reads a role with a "for" or "of the" complement before the body', () => {
    expect(triples('Jane Roe, assistant secretary for health at Acme, said so.')).toEqual([
      ['p:roe', 'WORKS_FOR', 'o:acme', 'apposition:role-of'],
    ]);
    expect(
      triples('Jane Roe, a staff member of the planning department at Acme, said so.'),
    ).toEqual([['p:roe', 'WORKS_FOR', 'o:acme', 'apposition:role-of']]);
  });

  it('reads the second of two coordinated roles in an apposition', () => {
    expect(triples('Jane Roe, a spokesman for reform and president of Acme, said so.')).toEqual([
      ['p:roe', 'LEADER_OF', 'o:acme', 'apposition:second-role-of'],
    ]);
    expect(triples('Jane Roe, the wife of John Doe and president of Acme, said so.')).toEqual([]);
  });

  it('ends an apposition at a semicolon as at a comma', () => {
    expect(triples('It was chaired by Jane Roe, Acme political editor; place not given.')).toEqual([
      ['p:roe', 'WORKS_FOR', 'o:acme', 'apposition:org-role'],
    ]);
    expect(triples('Jane Roe, Acme chairman John Doe and others met.')).not.toContainEqual(
      expect.arrayContaining(['p:roe', 'o:acme']),
    );
  });

  it('reads a candidate of a party whose abbreviation stands in brackets', () => {
    expect(triples('Support went to Labor Party (PT) candidate Jane Roe.')).toEqual([
      ['p:roe', 'MEMBER_OF', 'o:labor', 'title:org-member'],
    ]);
  });
});
