import type { EntitySpec } from '../relations-test-entities';
import { relationsWith } from '../relations-test-entities';

const SPECS: EntitySpec[] = [
  { id: 'p:roe', type: 'Person', forms: ['Jane Roe'] },
  { id: 'o:ministry', type: 'Organization', forms: ['Foreign Ministry'] },
  { id: 'o:dept', type: 'Organization', forms: ['Asia Department'] },
  { id: 'o:acme', type: 'Organization', forms: ['Acme'] },
  { id: 'o:bolt', type: 'Organization', forms: ['Bolt'] },
  { id: 'o:green', type: 'Organization', forms: ['Green Party'] },
];

const relationsIn = relationsWith(SPECS);

function triples(text: string) {
  return relationsIn(text)
    .map((r) => [r.subject, r.type, r.object, r.rule])
    .sort((a, b) => String(a).localeCompare(String(b)));
}

describe('withOwnerBodies: a person in a body that is part of another works for the owner', () => {
  it('reads the owner of "the Foreign Ministry\'s Asia Department chief Jane Roe"', () => {
    expect(triples("The Foreign Ministry's Asia Department chief Jane Roe said so.")).toEqual([
      ['p:roe', 'WORKS_FOR', 'o:dept', 'title:org-staff'],
      ['p:roe', 'WORKS_FOR', 'o:ministry', 'title:org-staff:owner'],
    ]);
  });

  it('makes the person a member where the owner is a party', () => {
    expect(triples("The Green Party's Asia Department chief Jane Roe said so.")).toContainEqual([
      'p:roe',
      'MEMBER_OF',
      'o:green',
      'title:org-staff:owner',
    ]);
  });

  it('says nothing of a body named beside another without a possessive', () => {
    expect(triples('Acme and Bolt chief Jane Roe said so.')).not.toContainEqual(
      expect.arrayContaining(['o:acme']),
    );
  });
});
