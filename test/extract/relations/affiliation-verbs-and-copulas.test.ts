import type { EntitySpec } from '../relations-test-entities';
import { relationsWith } from '../relations-test-entities';

const SPECS: EntitySpec[] = [
  { id: 'p:roe', type: 'Person', forms: ['Jane Roe'] },
  { id: 'o:acme', type: 'Organization', forms: ['Acme'] },
];

const relationsIn = relationsWith(SPECS);

function rules(text: string) {
  return relationsIn(text).map((r) => [r.subject, r.type, r.object, r.rule]);
}

describe('affiliations stated by a copula, a passive or a hiring', () => {
  it('reads "X is Acme\'s <role>" and "X became the Acme <role>"', () => {
    expect(rules("Jane Roe is Acme's chief economist.")).toEqual([
      ['p:roe', 'WORKS_FOR', 'o:acme', 'copula:org-possessive-role'],
    ]);
    expect(rules('Jane Roe became the Acme chairman in May.')).toEqual([
      ['p:roe', 'LEADER_OF', 'o:acme', 'copula:org-role'],
    ]);
    expect(rules("Jane Roe is Acme's chairman's wife.")).toEqual([]);
    expect(rules("Jane Roe is Acme's biggest shareholder.")).toEqual([]);
  });

  it('reads "Acme, headed by X" as leadership', () => {
    expect(rules('Acme, headed by Jane Roe, said so.')).toEqual([
      ['p:roe', 'LEADER_OF', 'o:acme', 'verb:org-headed-by'],
    ]);
    expect(rules('Acme, which is led by Jane Roe, said so.')).toEqual([
      ['p:roe', 'LEADER_OF', 'o:acme', 'verb:org-headed-by'],
    ]);
  });

  it('reads hiring and employment, in the passive or with the employer as subject', () => {
    expect(rules('Jane Roe, employed by Acme, said so.')).toEqual([
      ['p:roe', 'WORKS_FOR', 'o:acme', 'verb:hired-by'],
    ]);
    expect(rules('Acme hired Jane Roe as its chief economist.')).toEqual([
      ['p:roe', 'WORKS_FOR', 'o:acme', 'verb:org-hires'],
    ]);
    expect(rules("Acme hired Jane Roe's firm.")).toEqual([]);
  });

  it('reads two coordinated head titles before a name', () => {
    expect(rules('Acme Chairman and Chief Executive Jane Roe said profits rose.')).toEqual([
      ['p:roe', 'LEADER_OF', 'o:acme', 'title:org-leader'],
    ]);
  });
});
