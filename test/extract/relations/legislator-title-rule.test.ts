import type { EntitySpec } from '../relations-test-entities';
import { relationsWith } from '../relations-test-entities';

const SPECS: EntitySpec[] = [
  { id: 'p:roe', type: 'Person', forms: ['Jane Roe'] },
  { id: 'o:congress', type: 'Organization', forms: ['Congress'] },
  { id: 'o:senate', type: 'Organization', forms: ['Senate'] },
  { id: 'o:house', type: 'Organization', forms: ['House'] },
];

const relationsIn = relationsWith(SPECS);

function chambers(text: string) {
  return relationsIn(text)
    .filter((r) => r.rule.startsWith('title:legislator-chamber'))
    .map((r) => [r.subject, r.type, r.object, r.rule]);
}

describe('legislatorTitleRule: "Sen." and "Rep." sit in the chamber the sentence names', () => {
  it('makes a senator a member of the Senate or Congress named in the sentence', () => {
    expect(chambers('Sen. Jane Roe said the Congress must act on the flag.')).toEqual([
      ['p:roe', 'MEMBER_OF', 'o:congress', 'title:legislator-chamber'],
    ]);
    expect(chambers('Senator Jane Roe walked out of the Senate on Friday.')).toEqual([
      ['p:roe', 'MEMBER_OF', 'o:senate', 'title:legislator-chamber'],
    ]);
  });

  it('matches the title to its own chamber and marks a former one', () => {
    expect(chambers('Rep. Jane Roe said the Senate would not act.')).toEqual([]);
    expect(chambers('Every politician in the House knows it, said former Rep. Jane Roe.')).toEqual([
      ['p:roe', 'MEMBER_OF', 'o:house', 'title:legislator-chamber:former'],
    ]);
  });

  it('says nothing without a named chamber, or for a state legislator', () => {
    expect(chambers('Sen. Jane Roe said the bill was wrong.')).toEqual([]);
    expect(chambers('State Sen. Jane Roe said the Senate would act.')).toEqual([]);
  });
});
