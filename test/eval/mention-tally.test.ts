import { MentionTally } from '../../src/eval/mention-tally';
import { scoresFrom } from '../../src/eval/precision-recall';

describe('MentionTally', () => {
  it('counts exact type-and-boundary matches only', () => {
    const tally = new MentionTally();
    tally.add(
      [
        { type: 'PER', start: 0, end: 2 },
        { type: 'LOC', start: 5, end: 6 },
        { type: 'ORG', start: 8, end: 9 },
      ],
      [
        { type: 'PER', start: 0, end: 2 }, // right
        { type: 'LOC', start: 4, end: 6 }, // wrong boundary: a false positive and a miss
        { type: 'PER', start: 8, end: 9 }, // wrong type
      ],
    );
    expect(tally.scores('PER')).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 });
    expect(tally.scores('LOC')).toMatchObject({ tp: 0, fp: 1, fn: 1, f1: 0 });
    expect(tally.scores('ORG')).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    const overall = tally.overall(['PER', 'LOC', 'ORG']);
    expect(overall).toMatchObject({ tp: 1, fp: 2, fn: 2 });
    expect(overall.f1).toBeCloseTo(1 / 3);
  });

  it('counts a repeated prediction once', () => {
    const tally = new MentionTally();
    const span = { type: 'ORG', start: 1, end: 3 };
    tally.add([], [span, { ...span }]);
    expect(tally.scores('ORG').fp).toBe(1);
  });
});

describe('scoresFrom', () => {
  it('gives F1 as the harmonic mean of precision and recall', () => {
    const s = scoresFrom({ tp: 6, fp: 2, fn: 4 });
    expect(s.precision).toBeCloseTo(0.75);
    expect(s.recall).toBeCloseTo(0.6);
    expect(s.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35);
  });

  it('scores 0, not NaN, when nothing was predicted or expected', () => {
    expect(scoresFrom({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});
