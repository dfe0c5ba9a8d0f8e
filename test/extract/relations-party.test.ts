import { createAnalyser } from '../../src/extract/nlp';
import { extractRelations } from '../../src/extract/relations/extract-relations';
import { MentionIndex } from '../../src/extract/relations/mention-index';
import type { EntitySpec } from './relations-test-entities';
import { entitiesIn } from './relations-test-entities';

const analyse = createAnalyser();
const SPECS: EntitySpec[] = [
  { id: 'p:roe', type: 'Person', forms: ['Jane Roe'] },
  { id: 'o:reform', type: 'Organization', forms: ['Reform Party'] },
  { id: 'o:acme', type: 'Organization', forms: ['Acme'] },
];

function triples(text: string) {
  const analysed = analyse(text);
  const entities = entitiesIn(analysed, SPECS);
  return extractRelations({
    analysed,
    entities,
    mentions: new MentionIndex(entities),
    dates: [],
    quoted: [],
  }).map((r) => [r.subject, r.type, r.object]);
}

describe('people and political parties', () => {
  it("reads a party's people as its members, a company's as its staff", () => {
    expect(triples("The Reform Party's Jane Roe spoke.")).toEqual([
      ['p:roe', 'MEMBER_OF', 'o:reform'],
    ]);
    expect(triples("Acme's Jane Roe spoke.")).toEqual([['p:roe', 'WORKS_FOR', 'o:acme']]);
  });

  it('keeps a party spokesman as speaking for it', () => {
    expect(triples('Reform Party spokeswoman Jane Roe spoke.')).toEqual([
      ['p:roe', 'WORKS_FOR', 'o:reform'],
    ]);
  });

  it('does not make a deputy leader the leader', () => {
    expect(triples('Reform Party deputy leader Jane Roe spoke.')).toEqual([
      ['p:roe', 'MEMBER_OF', 'o:reform'],
    ]);
    expect(triples('Acme deputy chairman Jane Roe spoke.')).toEqual([]);
  });
});
