import type { AnalysedText } from '../nlp';
import { documentContext } from './document-context';
import { hashString, mix2 as mix2Imported, mix3 as mix3Imported } from './feature-hash';
import { T } from './feature-templates';
import type { GazetteerMatcher } from './gazetteer-matcher';
import {
  AFTER,
  BEFORE,
  edgeWord,
  emitPosRole,
  emitWordRole,
  ROLE_COUNT,
  ROLE_OFFSETS,
  wordFeatures,
  type WordFeatures,
} from './single-token-features';
import { isCapitalised as isCapitalisedImported } from './word-shape';

export const NER_FEATURE_VERSION = 1;

// Module-level copies: CommonJS transpilers (tsx, swc) turn imported bindings into getter calls,
// which the per-token code below would pay on every feature.
const mix2 = mix2Imported;
const mix3 = mix3Imported;
const isCapitalised = isCapitalisedImported;

const BEFORE_WORD = edgeWord(BEFORE);
const AFTER_WORD = edgeWord(AFTER);

export interface FeatureOptions {
  hashBits: number;
  gazetteer?: GazetteerMatcher;
  /** Each token's word features, when the caller has them (the tagger keeps them per word). */
  words?: readonly WordFeatures[];
  /**
   * Leave the bias and the single-token features (see ROLES) out of the rows: the tagger scores
   * those once per word and POS tag (RoleScoreCache). Training wants every feature in the rows.
   */
  perTokenOnly?: boolean;
}

/** Feature buckets per token: token t owns buckets[offsets[t] .. offsets[t + 1]). */
export interface FeatureRows {
  offsets: Int32Array;
  buckets: Int32Array;
}

/** Where features go: collected into rows (training) or scored at once (the run-time tagger). */
export interface FeatureSink {
  add(feature: number): void;
}

/**
 * What the per-token features read of a document, per token: hashes of the word (case-folded),
 * shape and POS, orthographic flags, gazetteer marks and document context.
 * Arrays may be longer than the document; only its tokens are read.
 */
export interface TokenContext {
  word: Uint32Array;
  shape: Uint32Array;
  flags: Uint16Array;
  pos: Uint32Array;
  gazetteer: Uint16Array;
  headline: Uint8Array;
  sentenceInitial: Uint8Array;
  elsewhere: Uint8Array;
}

/** POS tags come from wink's small fixed tag set: hash each once per process. */
const POS_HASHES = new Map<string, number>();

export function posHash(pos: string): number {
  let h = POS_HASHES.get(pos);
  if (h === undefined) {
    h = hashString(pos);
    if (POS_HASHES.size < 256) POS_HASHES.set(pos, h);
  }
  return h;
}

/**
 * The features of token t (in the sentence of tokens [first, end)) that depend on more than one
 * token or on the document: word, POS and shape pairs, document statistics and gazetteer marks.
 * Their order is part of the scores' float arithmetic: keep it.
 */
export function emitPerTokenFeatures(
  c: TokenContext,
  t: number,
  first: number,
  end: number,
  sink: FeatureSink,
): void {
  const word = c.word[t]!;
  const shape = c.shape[t]!;
  const pos = c.pos[t]!;
  const hasBefore = t > first;
  const hasAfter = t + 1 < end;
  const wM1 = hasBefore ? c.word[t - 1]! : BEFORE;
  const wP1 = hasAfter ? c.word[t + 1]! : AFTER;
  const sM1 = hasBefore ? c.shape[t - 1]! : BEFORE;
  const sP1 = hasAfter ? c.shape[t + 1]! : AFTER;
  const pM1 = hasBefore ? c.pos[t - 1]! : BEFORE;
  const pP1 = hasAfter ? c.pos[t + 1]! : AFTER;
  const initial = c.sentenceInitial[t]!;
  const headline = c.headline[t]!;

  if (initial) sink.add(mix2(T.initialShape, shape));
  if (headline) sink.add(mix2(T.headlineShape, shape));
  sink.add(mix3(T.wordM1Word, wM1, word));
  sink.add(mix3(T.wordWordP1, word, wP1));
  sink.add(mix3(T.posM1Pos, pM1, pos));
  sink.add(mix3(T.posPosP1, pos, pP1));
  sink.add(mix3(T.shapeM1Shape, sM1, shape));
  sink.add(mix3(T.shapeShapeP1, shape, sP1));
  sink.add(mix3(T.wordM1Shape, wM1, shape));
  sink.add(mix3(T.shapeWordP1, shape, wP1));
  sink.add(mix3(T.posShape, pos, shape));
  const elsewhere = c.elsewhere[t]!;
  if (elsewhere !== 0 && (isCapitalised(c.flags[t]!) || headline)) {
    const context = (headline << 1) | initial;
    for (let k = 0; k < 4; k += 1) if (elsewhere & (1 << k)) sink.add(mix3(T.docStat, k, context));
    sink.add(mix3(T.docCombo, elsewhere, context));
  }
  const g = c.gazetteer[t]!;
  if (g !== 0) {
    for (let bit = 1; bit <= g; bit <<= 1) if (g & bit) sink.add(mix2(T.gazetteer, bit));
    sink.add(mix3(T.gazetteerShape, g, shape));
  }
  if (hasBefore && c.gazetteer[t - 1]) sink.add(mix2(T.gazetteerM1, c.gazetteer[t - 1]!));
  if (hasAfter && c.gazetteer[t + 1]) sink.add(mix2(T.gazetteerP1, c.gazetteer[t + 1]!));
}

/** Collects features as masked buckets, growing its buffer as needed. */
class RowSink implements FeatureSink {
  buckets: Int32Array;
  size = 0;

  constructor(
    private readonly mask: number,
    capacity: number,
  ) {
    this.buckets = new Int32Array(capacity);
  }

  add(feature: number): void {
    if (this.size === this.buckets.length) {
      const grown = new Int32Array(this.buckets.length * 2);
      grown.set(this.buckets);
      this.buckets = grown;
    }
    this.buckets[this.size] = feature & this.mask;
    this.size += 1;
  }
}

/** The per-token hashes of a document, from each token's word features and POS tag. */
export function tokenContext(
  analysed: AnalysedText,
  words: readonly WordFeatures[],
  gazetteer: GazetteerMatcher | undefined,
): TokenContext {
  const n = analysed.tokens.length;
  const word = new Uint32Array(n);
  const shape = new Uint32Array(n);
  const flags = new Uint16Array(n);
  const pos = new Uint32Array(n);
  for (let t = 0; t < n; t += 1) {
    const w = words[t]!;
    word[t] = w.word;
    shape[t] = w.shape;
    flags[t] = w.flags;
    pos[t] = posHash(analysed.tokens[t]!.pos);
  }
  const doc = documentContext(analysed, word, flags);
  return {
    word,
    shape,
    flags,
    pos,
    gazetteer: gazetteer ? gazetteer(analysed) : new Uint16Array(n),
    ...doc,
  };
}

/**
 * Compute the hashed features of every token. Neighbour features stop at sentence edges. Both
 * training (on CoNLL documents rebuilt as text) and run time compute features with
 * emitPerTokenFeatures and the single-token emitters, so they see the same tokenisation, POS
 * tags and features.
 */
export function extractFeatures(analysed: AnalysedText, options: FeatureOptions): FeatureRows {
  const n = analysed.tokens.length;
  const words = options.words ?? analysed.tokens.map((t) => wordFeatures(t.value));
  const c = tokenContext(analysed, words, options.gazetteer);
  const singles = options.perTokenOnly !== true;
  const offsets = new Int32Array(n + 1);
  const sink = new RowSink((1 << options.hashBits) - 1, Math.max(64, n * 48));
  const emit = (feature: number): void => sink.add(feature);

  for (let t = 0; t < n; t += 1) {
    offsets[t] = sink.size;
    const token = analysed.tokens[t]!;
    const sentence = analysed.sentences[token.sentence];
    const first = sentence ? sentence.firstToken : t;
    const end = sentence ? sentence.endToken : t + 1;
    if (singles) {
      emit(mix2(T.bias, 0));
      for (let r = 0; r < ROLE_COUNT; r += 1) {
        const from = t + ROLE_OFFSETS[r]!;
        const inside = from >= first && from < end;
        const word = inside ? words[from]! : from < first ? BEFORE_WORD : AFTER_WORD;
        emitWordRole(r, word, emit);
        emitPosRole(r, inside ? c.pos[from]! : from < first ? BEFORE : AFTER, emit);
      }
    }
    emitPerTokenFeatures(c, t, first, end, sink);
  }
  offsets[n] = sink.size;
  return { offsets, buckets: sink.buckets.subarray(0, sink.size) };
}
