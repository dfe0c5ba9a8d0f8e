import type { EntitySpec } from '../relations-test-entities';
import { relationsWith } from '../relations-test-entities';

const SPECS: EntitySpec[] = [
  { id: 'p:roe', type: 'Person', forms: ['Jane Roe'] },
  { id: 'p:doe', type: 'Person', forms: ['John Doe'] },
  { id: 'o:fsa', type: 'Organization', forms: ['Food Standards Agency'] },
  { id: 'o:dea', type: 'Organization', forms: ['Drug Enforcement Agency'] },
  { id: 'o:health', type: 'Organization', forms: ['Department of Health'] },
  { id: 'o:acme', type: 'Organization', forms: ['Acme Packing Co.'] },
  { id: 'o:fleet', type: 'Organization', forms: ['Baltic Fleet'] },
  { id: 'o:courier', type: 'Organization', forms: ['Dayton Courier News'] },
];

const relationsIn = relationsWith(SPECS);

function anaphoric(text: string) {
  return relationsIn(text)
    .filter((r) => r.rule.startsWith('anaphor:'))
    .map((r) => [r.subject, r.type, r.object, r.rule]);
}

describe('kindNounRoleRule: a role in a body the sentence calls by its kind', () => {
  it('reads "a spokeswoman for the agency" as the named agency', () => {
    expect(
      anaphoric(
        'The Food Standards Agency is testing the beef, said Jane Roe, a spokeswoman for the agency in London.',
      ),
    ).toEqual([['p:roe', 'WORKS_FOR', 'o:fsa', 'anaphor:role-prep-kind']]);
  });

  it('finds the body in the previous sentence when this one names none', () => {
    expect(
      anaphoric(
        'The Food Standards Agency is testing the beef. Jane Roe, a spokeswoman for the agency, declined to comment.',
      ),
    ).toEqual([['p:roe', 'WORKS_FOR', 'o:fsa', 'anaphor:role-prep-kind']]);
  });

  it('says nothing when two bodies of the kind could be meant', () => {
    expect(
      anaphoric(
        'The Food Standards Agency and the Drug Enforcement Agency met, said Jane Roe, a spokeswoman for the agency.',
      ),
    ).toEqual([]);
  });

  it('reads "the department\'s Jane Roe" and "the fleet\'s duty officer Jane Roe"', () => {
    expect(
      anaphoric("The Department of Health has new rules on waste, said the department's Jane Roe."),
    ).toEqual([['p:roe', 'WORKS_FOR', 'o:health', 'anaphor:kind-possessive']]);
    expect(
      anaphoric(
        "A depot of the Baltic Fleet burned, according to the fleet's senior duty officer Jane Roe.",
      ),
    ).toEqual([['p:roe', 'WORKS_FOR', 'o:fleet', 'anaphor:kind-possessive']]);
  });

  it('reads a company official and a newspaper chairman through the kind of name', () => {
    expect(
      anaphoric('Acme Packing Co. will recall the meat, said Jane Roe, a company official.'),
    ).toEqual([['p:roe', 'WORKS_FOR', 'o:acme', 'anaphor:kind-role']]);
    expect(
      anaphoric(
        "Jane Roe was named publisher of the Dayton Courier News, succeeding John Doe, who will become the newspaper's chairman.",
      ),
    ).toContainEqual(['p:doe', 'LEADER_OF', 'o:courier', 'anaphor:kind-possessive']);
  });

  it('does not take a role in a part of the body, or a relation that is no role', () => {
    expect(
      anaphoric(
        "The Food Standards Agency is testing the beef, said Jane Roe, a manager for the agency's laboratory.",
      ),
    ).toEqual([]);
    expect(
      anaphoric('The Food Standards Agency fined the shop, said Jane Roe, a critic of the agency.'),
    ).toEqual([]);
  });
});
