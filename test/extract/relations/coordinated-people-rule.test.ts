import type { EntitySpec } from '../relations-test-entities';
import { relationsWith } from '../relations-test-entities';

const SPECS: EntitySpec[] = [
  { id: 'p:roe', type: 'Person', forms: ['Jane Roe'] },
  { id: 'p:doe', type: 'Person', forms: ['John Doe'] },
  { id: 'p:poe', type: 'Person', forms: ['Bob Poe'] },
  { id: 'o:acme', type: 'Organization', forms: ['Acme'] },
];

const relationsIn = relationsWith(SPECS);

function coordinated(text: string) {
  // One relation per pair: Jane Roe's title:org-staff outranks the plural title for her.
  return relationsIn(text)
    .filter((r) => /^(?:apposition:people-both-of-org|title:org-plural-role)$/.test(r.rule))
    .map((r) => [r.subject, r.type, r.object, r.rule]);
}

describe('coordinatedPeopleRule: one affiliation given to several people', () => {
  it('reads "X and Z, both of Y" for each of them', () => {
    expect(coordinated('Jane Roe and John Doe, both of Acme, wrote the report.')).toEqual([
      ['p:doe', 'WORKS_FOR', 'o:acme', 'apposition:people-both-of-org'],
      ['p:roe', 'WORKS_FOR', 'o:acme', 'apposition:people-both-of-org'],
    ]);
  });

  it('reads a plural title before a list of names, the role deciding the relation', () => {
    expect(coordinated('"Acme" members Jane Roe and John Doe have seen the files.')).toEqual([
      ['p:doe', 'MEMBER_OF', 'o:acme', 'title:org-plural-role'],
      ['p:roe', 'MEMBER_OF', 'o:acme', 'title:org-plural-role'],
    ]);
    expect(coordinated('Acme spokesmen Jane Roe, Bob Poe and John Doe declined.')).toEqual([
      ['p:doe', 'WORKS_FOR', 'o:acme', 'title:org-plural-role'],
      ['p:poe', 'WORKS_FOR', 'o:acme', 'title:org-plural-role'],
    ]);
  });

  it('gives nothing for a plural that is no role, or a list without its "both of"', () => {
    expect(coordinated('Acme fans Jane Roe and John Doe cheered.')).toEqual([]);
    expect(coordinated('Jane Roe and John Doe, who left Acme, spoke.')).toEqual([]);
  });
});
