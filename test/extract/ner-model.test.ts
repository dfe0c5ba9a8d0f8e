import { LABEL_COUNT } from '../../src/extract/ner/labels';
import { decodeNerModel, encodeNerModel } from '../../src/extract/ner/ner-model';

function scoresOf(model: ReturnType<typeof decodeNerModel>, bucket: number): number[] {
  const out = new Float32Array(LABEL_COUNT);
  model.addBucket(bucket, out, 0);
  return Array.from(out);
}

describe('NER model file', () => {
  const hashBits = 10;
  const weights = new Float32Array((1 << hashBits) * LABEL_COUNT);
  weights[3 * LABEL_COUNT + 1] = 2.5;
  weights[3 * LABEL_COUNT + 0] = -1.25;
  weights[700 * LABEL_COUNT + 8] = 0.75;
  weights[900 * LABEL_COUNT + 2] = 0.001; // below the pruning threshold
  const transitions = new Float32Array((LABEL_COUNT + 1) * LABEL_COUNT).fill(0.5);
  const file = encodeNerModel(
    weights,
    transitions,
    { hashBits, gazetteer: false, training: {} },
    0.01,
  );

  it('keeps only weights at or above the threshold', () => {
    expect(file.entryCount).toBe(3);
  });

  it('round-trips kept weights through the file and the one-byte codebook, within 2%', () => {
    const model = decodeNerModel(JSON.parse(JSON.stringify(file)));
    const row3 = scoresOf(model, 3);
    const near = (value: number | undefined, expected: number): void =>
      expect(Math.abs((value ?? 0) - expected)).toBeLessThan(Math.abs(expected) * 0.02);
    near(row3[1], 2.5);
    near(row3[0], -1.25);
    near(scoresOf(model, 700)[8], 0.75);
    expect(row3.filter((w) => w !== 0)).toHaveLength(2);
    expect(scoresOf(model, 900).every((w) => w === 0)).toBe(true);
    expect(model.transitions[0]).toBeCloseTo(0.5);
  });

  it('rejects a file written for other features, saying how to fix it', () => {
    expect(() => decodeNerModel({ ...file, featureVersion: -1 })).toThrow(/npm run train:ner/);
  });
});
