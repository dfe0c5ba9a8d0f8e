import { createAnalyser } from '../../src/extract/nlp';
import { loadBundledNerModel } from '../../src/extract/ner';
import { defaultGazetteerNames } from '../../src/extract/ner/default-gazetteer';
import { createGazetteerMatcher } from '../../src/extract/ner/gazetteer-matcher';
import { RoleScoreCache } from '../../src/extract/ner/role-score-cache';
import { wordFeatures } from '../../src/extract/ner/single-token-features';
import { extractFeatures } from '../../src/extract/ner/token-features';
import { buildCodebook } from '../../src/extract/ner/weight-codebook';
import { emissionScores } from '../../src/extract/ner/weights';

const analyse = createAnalyser();
const model = loadBundledNerModel();
const gazetteer = createGazetteerMatcher(defaultGazetteerNames());

describe('the tagger scoring single-token features once per word', () => {
  const text =
    'Angela Merkel met officials of Siemens in Berlin on Monday.\n' +
    'Siemens said the talks in Berlin went well. MERKEL WINS VOTE';
  const a = analyse(text);

  it('gives exactly the emission scores training computes from every feature per token', () => {
    const cache = new RoleScoreCache(model, model.hashBits);
    const words = a.tokens.map((t) => wordFeatures(t.value));
    const all = extractFeatures(a, { hashBits: model.hashBits, gazetteer });
    const perToken = extractFeatures(a, {
      hashBits: model.hashBits,
      gazetteer,
      words,
      perTokenOnly: true,
    });
    expect(perToken.buckets.length).toBeLessThan(all.buckets.length / 2);
    for (const s of a.sentences) {
      const full = emissionScores(all, s.firstToken, s.endToken, model);
      const base = cache.sentenceScores(a.tokens, s.firstToken, s.endToken);
      const split = emissionScores(perToken, s.firstToken, s.endToken, model, base);
      expect(split.length).toBe(full.length);
      full.forEach((x, i) => expect(split[i]).toBeCloseTo(x, 3));
    }
  });

  it('keeps at most maxWords words, starting again empty before a document that would not fit', () => {
    const cache = new RoleScoreCache(model, model.hashBits, 3);
    for (const w of ['a', 'b', 'c']) cache.idOf(w);
    expect(cache.size).toBe(3);
    cache.reserve(0);
    expect(cache.size).toBe(3);
    cache.reserve(1);
    expect(cache.size).toBe(0);
    cache.idOf('d');
    expect(cache.size).toBe(1);
    const fresh = new RoleScoreCache(model, model.hashBits);
    expect(cache.rolesOf(cache.idOf('a'))).toEqual(fresh.rolesOf(fresh.idOf('a')));
  });

  it('numbers case-folded words: "Market" and "market" share a fold, "markets" has its own', () => {
    const cache = new RoleScoreCache(model, model.hashBits);
    const [upper, lower, plural] = ['Market', 'market', 'markets'].map((w) => cache.idOf(w));
    expect(cache.fold[upper!]).toBe(cache.fold[lower!]);
    expect(cache.fold[plural!]).not.toBe(cache.fold[lower!]);
    expect(cache.foldCount).toBe(2);
  });

  it('grows its word arrays no further than maxWords needs', () => {
    const cache = new RoleScoreCache(model, model.hashBits, 5000);
    for (let i = 0; i < 4500; i += 1) cache.idOf(`w${i}`);
    expect(cache.size).toBe(4500);
    expect(cache.capital.length).toBe(5002);
    expect(cache.wordRoles.length).toBe(5002 * cache.rolesOf(0).length);
  });

  it('keeps every word its own scores and features when the word arrays grow', () => {
    const cache = new RoleScoreCache(model, model.hashBits);
    const words = Array.from({ length: 5000 }, (_, i) => `Word${i}`);
    const ids = words.map((w) => cache.idOf(w));
    for (const i of [0, 4093, 4094, 4999]) {
      const fresh = new RoleScoreCache(model, model.hashBits);
      const id = fresh.idOf(words[i]!);
      expect(cache.rolesOf(ids[i]!)).toEqual(fresh.rolesOf(id));
      expect(cache.rolesOf(ids[i]!).some((x) => x !== 0)).toBe(true);
      expect(cache.wordHash[ids[i]!]).toBe(wordFeatures(words[i]!).word);
      expect(cache.shape[ids[i]!]).toBe(wordFeatures(words[i]!).shape);
      expect(cache.capital[ids[i]!]).toBe(1);
    }
  });
});

describe('buildCodebook', () => {
  it('codes heavy-tailed weights in one byte each within 3% of their value, zero as zero', () => {
    const values = [0, 0.05, -0.05, 0.3, -2.5, 17, 60, -60, 0];
    const { levels, codes } = buildCodebook(values);
    values.forEach((v, i) => {
      const decoded = levels[codes[i]!]!;
      if (v === 0) expect(decoded).toBe(0);
      else expect(Math.abs(decoded - v)).toBeLessThanOrEqual(Math.abs(v) * 0.03);
    });
  });
});
