import type { EntitySpec } from '../relations-test-entities';
import { relationsWith } from '../relations-test-entities';

const SPECS: EntitySpec[] = [
  { id: 'p:roe', type: 'Person', forms: ['Jane Roe'] },
  { id: 'o:acme', type: 'Organization', forms: ['Acme'] },
  { id: 'o:fleet', type: 'Organization', forms: ['Baltic Fleet'] },
];

const relationsIn = relationsWith(SPECS);

function titled(text: string) {
  return relationsIn(text)
    .filter((r) => /^title:(?:head|staff)-of-org-named/.test(r.rule))
    .map((r) => [r.subject, r.type, r.object, r.rule]);
}

describe('a title with "of" written before the name, without a comma', () => {
  it('reads the head of the body as its leader', () => {
    expect(titled('The chairman of Acme Jane Roe resigned on Friday.')).toEqual([
      ['p:roe', 'LEADER_OF', 'o:acme', 'title:head-of-org-named'],
    ]);
  });

  it('reads a deputy or an officer as staff, past one describing word of the body', () => {
    expect(
      titled('First Deputy Commander of the Russian Baltic Fleet Jane Roe flew to the site.'),
    ).toEqual([['p:roe', 'WORKS_FOR', 'o:fleet', 'title:staff-of-org-named']]);
  });

  it('leaves a title that is someone else\'s, after another noun and "of"', () => {
    expect(titled('The wife of the chairman of Acme Jane Roe spoke.')).toEqual([]);
    expect(titled('He met the daughter of a spokesman for Acme Jane Roe.')).toEqual([]);
  });
});
