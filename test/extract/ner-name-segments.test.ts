import { createAnalyser } from '../../src/extract/nlp';
import { createNerTagger, loadBundledNerModel, type NerSpan } from '../../src/extract/ner';
import { defaultGazetteerNames } from '../../src/extract/ner/default-gazetteer';
import { createGazetteerMatcher } from '../../src/extract/ner/gazetteer-matcher';
import { tagSentences } from '../../src/extract/ner/tag-sentences';
import { extractFeatures } from '../../src/extract/ner/token-features';
import { LABEL_COUNT, OUTSIDE } from '../../src/extract/ner/labels';
import { markNameAnchors } from '../../src/extract/ner/may-hold-name';
import { NAME_REACH, nameSegmentsInto } from '../../src/extract/ner/name-segments';
import { constrainTransitions, viterbi, viterbiSegmentInto } from '../../src/extract/ner/viterbi';

const analyse = createAnalyser();
const model = loadBundledNerModel();
const gazetteer = createGazetteerMatcher(defaultGazetteerNames());

/** The name segments of a text's first sentence, as the words they hold. */
function segmentsOf(text: string): string[][] {
  const a = analyse(text);
  const { firstToken: first, endToken: end } = a.sentences[0]!;
  const words = a.tokens.map((t) => t.value);
  const capital = Uint8Array.from(words, (w) => (w !== w.toLowerCase() ? 1 : 0));
  const anchors = new Uint8Array(words.length);
  markNameAnchors(a.tokens, capital, first, end, anchors);
  const out = new Int32Array(words.length * 2);
  const count = nameSegmentsInto(anchors, first, end, out);
  return Array.from({ length: count }, (_, s) => words.slice(out[2 * s], out[2 * s + 1]));
}

describe('the name segments the tagger decodes', () => {
  it('reach two tokens either side of a capital that could start a name', () => {
    expect(NAME_REACH).toBe(3);
    expect(segmentsOf('the old man said that Putin had gone home to rest')).toEqual([
      ['said', 'that', 'Putin', 'had', 'gone'],
    ]);
  });

  it('grow around no "I", opening function word or number', () => {
    expect(segmentsOf('The man I met paid 40 pounds for a few of the Acme shares.')).toEqual([
      ['of', 'the', 'Acme', 'shares', '.'],
    ]);
  });

  it('join when they touch', () => {
    expect(segmentsOf('in May and then in June')).toEqual([
      ['in', 'May', 'and', 'then', 'in', 'June'],
    ]);
  });

  it('are none in a sentence that can hold no name', () => {
    expect(segmentsOf('They said it was over, and I agreed.')).toEqual([]);
  });
});

describe('Viterbi over a segment with O around it', () => {
  const transitions = constrainTransitions(model.transitions);
  const L = LABEL_COUNT;

  it('finds the labels full decoding finds when the tokens around the segment are O', () => {
    // Six tokens: O is far ahead at 0, 1 and 5; tokens 2-4 are close calls between labels.
    const emissions = new Float32Array(6 * L);
    const close = [3, 1.5, 2.5, 1, 2, 0.5, 1, 0.2, 0.1];
    for (let t = 0; t < 6; t += 1) {
      for (let l = 0; l < L; l += 1) emissions[t * L + l] = close[(l + t) % L]! - 2;
      if (t < 2 || t === 5) emissions[t * L + OUTSIDE] = 50;
    }
    const full = viterbi(emissions, 6, transitions);
    const labels = new Int32Array(6);
    const buffers = { score: new Float64Array(6 * L), back: new Int8Array(6 * L), labels };
    viterbiSegmentInto(emissions, 2, 5, transitions, buffers, true, true);
    expect(Array.from(labels.subarray(2, 5))).toEqual(Array.from(full.subarray(2, 5)));
    expect(Array.from(full.subarray(2, 5)).some((l) => l !== OUTSIDE)).toBe(true);
  });

  it('scores the moves from the O before and to the O after the segment', () => {
    // Two tokens between O's: the best of all 81 label pairs, each scored with both moves.
    const emissions = new Float32Array(2 * L);
    for (let i = 0; i < emissions.length; i += 1) emissions[i] = Math.sin(i * 7.3) * 3;
    const move = (p: number, l: number): number => transitions[p * L + l]!;
    let best = -Infinity;
    let bestPair: number[] = [];
    for (let a = 0; a < L; a += 1) {
      for (let b = 0; b < L; b += 1) {
        const score =
          move(OUTSIDE, a) + emissions[a]! + move(a, b) + emissions[L + b]! + move(b, OUTSIDE);
        if (score > best) {
          best = score;
          bestPair = [a, b];
        }
      }
    }
    const labels = new Int32Array(2);
    const buffers = { score: new Float64Array(2 * L), back: new Int8Array(2 * L), labels };
    viterbiSegmentInto(emissions, 0, 2, transitions, buffers, true, true);
    expect(Array.from(labels)).toEqual(bestPair);
  });
});

describe('the tagger', () => {
  const text =
    'Interfax made clear that the interior ministry detachment had been sent on the mission ' +
    'before the truce deal had been signed at the local equivalent of 1500 GMT .';

  it('reads as O a name it learnt in lower case, far from any capital', () => {
    const a = analyse(text);
    const rows = extractFeatures(a, { hashBits: model.hashBits, gazetteer });
    const full = tagSentences(a, rows, model, constrainTransitions(model.transitions));
    const words = (spans: NerSpan[]): string[] =>
      spans.map((s) =>
        a.tokens
          .slice(s.firstToken, s.endToken)
          .map((t) => t.value)
          .join(' '),
      );
    expect(words(full)).toEqual(['Interfax', 'interior ministry', 'GMT']);
    expect(words(createNerTagger(model, { gazetteer })(a))).toEqual(['Interfax', 'GMT']);
  });
});
