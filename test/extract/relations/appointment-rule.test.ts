import type { EntitySpec } from '../relations-test-entities';
import { relationsWith } from '../relations-test-entities';

const SPECS: EntitySpec[] = [
  { id: 'p:roe', type: 'Person', forms: ['Jane Roe'] },
  { id: 'p:doe', type: 'Person', forms: ['John Doe'] },
  { id: 'o:acme', type: 'Organization', forms: ['Acme'] },
  { id: 'o:courier', type: 'Organization', forms: ['Dayton Courier'] },
  { id: 'l:ohio', type: 'Location', forms: ['Ohio'] },
];

const relationsIn = relationsWith(SPECS);

function appointed(text: string) {
  return relationsIn(text)
    .filter((r) => r.rule === 'verb:appoint-role-of')
    .map((r) => [r.subject, r.type, r.object]);
}

describe('appointmentRule: a role given to the object of "name", "appoint", "elect"', () => {
  it('reads the role after the appointed person', () => {
    expect(appointed('Acme said it has named Jane Roe publisher of the Dayton Courier.')).toEqual([
      ['p:roe', 'WORKS_FOR', 'o:courier'],
    ]);
    expect(
      appointed("The Democrats elected Ohio's Jane Roe to be chairman of the Dayton Courier."),
    ).toEqual([['p:roe', 'LEADER_OF', 'o:courier']]);
    expect(appointed('The board appointed Jane Roe as head of Acme.')).toEqual([
      ['p:roe', 'LEADER_OF', 'o:acme'],
    ]);
  });

  it('does not give the role to someone the person is related to', () => {
    expect(appointed("They named Jane Roe's son head of Acme.")).toEqual([]);
    expect(appointed('Jane Roe met John Doe, head of Acme.')).toEqual([]);
  });
});
