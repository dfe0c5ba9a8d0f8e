import type { EntitySpec } from '../relations-test-entities';
import { relationsWith } from '../relations-test-entities';

const SPECS: EntitySpec[] = [
  { id: 'p:roe', type: 'Person', forms: ['Jane Roe'] },
  { id: 'p:doe', type: 'Person', forms: ['John Doe'] },
  { id: 'o:acme', type: 'Organization', forms: ['Acme'] },
  { id: 'o:lab', type: 'Organization', forms: ['Hill Research Institute'] },
  { id: 'o:college', type: 'Organization', forms: ['Imperial College'] },
  { id: 'l:london', type: 'Location', forms: ['London'] },
];

const relationsIn = relationsWith(SPECS);

function ofPossessed(text: string) {
  return relationsIn(text)
    .filter((r) => r.rule === 'prep:person-of-possessed-org')
    .map((r) => [r.subject, r.type, r.object])
    .sort((a, b) => String(a).localeCompare(String(b)));
}

describe('ofPossessedBodyRule: "X of <owner>\'s <body>"', () => {
  it('places a person in a body owned by a place or by another body', () => {
    expect(ofPossessed("Anatomist Jane Roe of London's Imperial College disputed it.")).toEqual([
      ['p:roe', 'WORKS_FOR', 'o:college'],
    ]);
    expect(ofPossessed("Jane Roe and John Doe of Acme's Hill Research Institute say so.")).toEqual([
      ['p:doe', 'WORKS_FOR', 'o:lab'],
      ['p:roe', 'WORKS_FOR', 'o:lab'],
    ]);
  });

  it('needs the possessive: "of London" alone says where she is from', () => {
    expect(ofPossessed('Jane Roe of London joined Imperial College.')).toEqual([]);
  });
});
