import { InvalidInputError, NotFoundError } from '../../src/errors';
import type { EntityMerge } from '../../src/store/graph-store';
import { planMergeRounds } from '../../src/store/neo4j/plan-merge-rounds';

const BY = { by: 'analyst' };
const merge = (keys: string[], into: string): EntityMerge => ({ keys, into, by: BY });
const existing = new Set(['a', 'b', 'c', 'd', 'e', 'f']);

/** Each round as `index:into<-merged` strings, for readable expectations. */
function shape(merges: EntityMerge[]): string[][] {
  return planMergeRounds(merges, existing).map((round) =>
    round.map((m) => `${m.index}:${m.into}<-${m.mergedKeys.join('+')}`),
  );
}

describe('planMergeRounds', () => {
  it('puts merges that share no key in one round, in call order', () => {
    expect(shape([merge(['a'], 'b'), merge(['c', 'd'], 'e')])).toEqual([['0:b<-a', '1:e<-c+d']]);
  });

  it('puts the second link of a chain (A→B then B→C) in the round after the first', () => {
    expect(shape([merge(['a'], 'b'), merge(['b'], 'c'), merge(['d'], 'e')])).toEqual([
      ['0:b<-a', '2:e<-d'],
      ['1:c<-b'],
    ]);
  });

  it('puts a second merge into the same target in a later round', () => {
    expect(shape([merge(['a'], 'c'), merge(['b'], 'c'), merge(['d'], 'c')])).toEqual([
      ['0:c<-a'],
      ['1:c<-b'],
      ['2:c<-d'],
    ]);
  });

  it('reads keys as mergeEntities does: distinct, sorted, without the target', () => {
    expect(shape([merge(['d', 'a', 'd', 'b'], 'b')])).toEqual([['0:b<-a+d']]);
  });

  it('refuses a merge naming a key an earlier merge of the call merged away', () => {
    expect(() => planMergeRounds([merge(['a'], 'b'), merge(['c'], 'a')], existing)).toThrow(
      new NotFoundError('Unknown entities: a'),
    );
  });

  it('throws for the first failing merge in call order, naming every missing key', () => {
    expect(() => planMergeRounds([merge(['x', 'a'], 'y'), merge(['b'], 'b')], existing)).toThrow(
      new NotFoundError('Unknown entities: y, x'),
    );
    expect(() => planMergeRounds([merge(['b'], 'b'), merge(['x'], 'a')], existing)).toThrow(
      InvalidInputError,
    );
  });
});
