import { isAllowedTransition, labelFromTag, LABELS } from '../../src/extract/ner/labels';
import { spansFromLabels } from '../../src/extract/ner/spans-from-labels';

const labels = (...tags: string[]): Int32Array => Int32Array.from(tags, labelFromTag);

describe('spansFromLabels', () => {
  it('reads B-/I- runs as typed spans with exclusive ends', () => {
    expect(spansFromLabels(labels('B-PER', 'I-PER', 'O', 'B-LOC'))).toEqual([
      { type: 'PER', first: 0, end: 2 },
      { type: 'LOC', first: 3, end: 4 },
    ]);
  });

  it('starts a new span at B- even when the same type continues', () => {
    expect(spansFromLabels(labels('B-ORG', 'B-ORG', 'I-ORG'))).toEqual([
      { type: 'ORG', first: 0, end: 1 },
      { type: 'ORG', first: 1, end: 3 },
    ]);
  });

  it('reads a stray I- (after O or another type) as the start of a span', () => {
    expect(spansFromLabels(labels('O', 'I-MISC', 'I-PER'))).toEqual([
      { type: 'MISC', first: 1, end: 2 },
      { type: 'PER', first: 2, end: 3 },
    ]);
  });
});

describe('BIO transitions', () => {
  it('allows I-X only after B-X or I-X', () => {
    const [o, bPer, iPer, , iLoc] = [0, 1, 2, 3, 4];
    expect(LABELS[iPer!]).toBe('I-PER');
    expect(isAllowedTransition(bPer!, iPer!)).toBe(true);
    expect(isAllowedTransition(iPer!, iPer!)).toBe(true);
    expect(isAllowedTransition(o!, iPer!)).toBe(false);
    expect(isAllowedTransition(bPer!, iLoc!)).toBe(false);
    expect(isAllowedTransition(iLoc!, o!)).toBe(true);
  });
});
