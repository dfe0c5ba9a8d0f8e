import type { EntitySpec } from './relations-test-entities';
import { relationsWith } from './relations-test-entities';

const SPECS: EntitySpec[] = [
  { id: 'p:roe', type: 'Person', forms: ['Jane Roe', 'Ms Roe'] },
  { id: 'p:doe', type: 'Person', forms: ['John Doe', 'Mr Doe'] },
  { id: 'p:poe', type: 'Person', forms: ['Ann Poe'] },
  { id: 'c:pe', type: 'Country', forms: ['Peru'] },
];

const relationsIn = relationsWith(SPECS);

function rules(text: string) {
  return relationsIn(text).map((r) => [r.subject, r.type, r.object, r.rule]);
}

describe('a sentence-opening pronoun as the subject of its verb', () => {
  it('reads "He"/"She" as the one person the previous sentence opened with', () => {
    expect(rules('Ms Roe spoke for an hour. She accused Mr Doe of wasting money.')).toEqual([
      ['p:roe', 'ACCUSES', 'p:doe', 'verb:accuse:pronoun'],
    ]);
    expect(rules('Mr Doe was tired. He later travelled to Peru.')).toEqual([
      ['p:doe', 'VISITED', 'c:pe', 'verb:travel-to:pronoun'],
    ]);
  });

  it('resolves nothing when the previous sentence names two people or names one after its verb', () => {
    expect(rules('Ms Roe met Ann Poe. She accused Mr Doe of lying.')).toEqual([
      ['p:poe', 'MET_WITH', 'p:roe', 'verb:meet'],
    ]);
    expect(rules('The row followed a speech by Ms Roe. He accused Mr Doe of lying.')).toEqual([]);
  });
});
