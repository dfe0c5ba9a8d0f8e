import type { EntitySpec } from '../relations-test-entities';
import { relationsWith } from '../relations-test-entities';

const SPECS: EntitySpec[] = [
  { id: 'p:roe', type: 'Person', forms: ['Jane Roe'] },
  { id: 'o:un', type: 'Organization', forms: ['U.N.'] },
];

const relationsIn = relationsWith(SPECS);

describe('organisation titles written with a hyphen', () => {
  it('reads "U.N. Secretary-General Jane Roe" as the head, though the hyphen splits the title', () => {
    expect(
      relationsIn('The debt worried U.N. Secretary-General Jane Roe last year.').map((r) => [
        r.subject,
        r.type,
        r.object,
      ]),
    ).toEqual([['p:roe', 'LEADER_OF', 'o:un']]);
  });
});
