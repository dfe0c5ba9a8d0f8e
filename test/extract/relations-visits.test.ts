import type { EntitySpec } from './relations-test-entities';
import { relationsWith } from './relations-test-entities';

const SPECS: EntitySpec[] = [
  { id: 'p:roe', type: 'Person', forms: ['Jane Roe', 'Ms Roe'] },
  { id: 'c:pe', type: 'Country', forms: ['Peru'] },
];

const relationsIn = relationsWith(SPECS);

function triples(text: string) {
  return relationsIn(text).map((r) => [r.subject, r.type, r.object]);
}

describe('trips and tours as visits', () => {
  it('reads a trip or tour to a place as a visit', () => {
    expect(triples("Ms Roe's three-day trip to Peru ended.")).toEqual([
      ['p:roe', 'VISITED', 'c:pe'],
    ]);
    expect(triples('Jane Roe began a week-long tour to Peru.')).toEqual([
      ['p:roe', 'VISITED', 'c:pe'],
    ]);
  });

  it('does not read a trip from a place as a visit to it', () => {
    expect(triples("Ms Roe's trip from Peru ended.")).toEqual([]);
    expect(triples("Ms Roe's plans were discussed during a trip to Peru.")).toEqual([]);
  });
});
