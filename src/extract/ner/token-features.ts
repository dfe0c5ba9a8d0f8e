import type { AnalysedText } from '../nlp';
import { documentContext } from './document-context';
import { hashRange, hashString, mix2, mix3 } from './feature-hash';
import type { GazetteerMatcher } from './gazetteer-matcher';
import { isCapitalised, wordShape } from './word-shape';

/**
 * Feature templates. The numbers are part of the model file's meaning: renumbering them
 * invalidates a trained model (bump NER_FEATURE_VERSION when you do).
 */
const T = {
  bias: 0, word: 1, exact: 2, wordM1: 3, wordP1: 4, wordM2: 5, wordP2: 6,
  shape: 7, shapeM1: 8, shapeP1: 9, shapeM2: 10, shapeP2: 11,
  pos: 12, posM1: 13, posP1: 14, posM2: 15, posP2: 16,
  prefix: 17, suffix: 18, flag: 19, initialShape: 20, headlineShape: 21,
  wordM1Word: 22, wordWordP1: 23, posM1Pos: 24, posPosP1: 25, shapeM1Shape: 26, shapeShapeP1: 27,
  wordM1Shape: 28, shapeWordP1: 29, posShape: 30, docStat: 31, docCombo: 32,
  gazetteer: 33, gazetteerM1: 34, gazetteerP1: 35, gazetteerShape: 36, winkEntity: 37,
} as const; // prettier-ignore

export const NER_FEATURE_VERSION = 1;

const BEFORE = 0x5bd1e995;
const AFTER = 0x1b873593;

export interface FeatureOptions {
  hashBits: number;
  gazetteer?: GazetteerMatcher;
}

/** Feature buckets per token: token t owns buckets[offsets[t] .. offsets[t + 1]). */
export interface FeatureRows {
  offsets: Int32Array;
  buckets: Int32Array;
}

interface TokenHashes {
  word: Uint32Array;
  exact: Uint32Array;
  shape: Uint32Array;
  flags: Uint16Array;
  pos: Uint32Array;
  winkEntity: Uint32Array;
  lower: string[];
}

function hashTokens(analysed: AnalysedText): TokenHashes {
  const n = analysed.tokens.length;
  const h: TokenHashes = {
    word: new Uint32Array(n),
    exact: new Uint32Array(n),
    shape: new Uint32Array(n),
    flags: new Uint16Array(n),
    pos: new Uint32Array(n),
    winkEntity: new Uint32Array(n),
    lower: new Array<string>(n),
  };
  for (let t = 0; t < n; t += 1) {
    const token = analysed.tokens[t]!;
    const lower = token.value.toLowerCase();
    h.lower[t] = lower;
    h.exact[t] = hashString(token.value);
    h.word[t] = lower === token.value ? h.exact[t]! : hashString(lower);
    const s = wordShape(token.value);
    h.shape[t] = s.shape;
    h.flags[t] = s.flags;
    h.pos[t] = hashString(token.pos);
  }
  for (const e of analysed.winkEntities) {
    const typeHash = hashString(e.type);
    for (let t = e.firstToken; t < e.endToken && t < n; t += 1) h.winkEntity[t] = typeHash;
  }
  return h;
}

/**
 * Compute the hashed features of every token. Neighbour features stop at sentence edges. Both
 * training (on CoNLL documents rebuilt as text) and run time call this, so they see the same
 * tokenisation, POS tags and features.
 */
export function extractFeatures(analysed: AnalysedText, options: FeatureOptions): FeatureRows {
  const n = analysed.tokens.length;
  const mask = (1 << options.hashBits) - 1;
  const h = hashTokens(analysed);
  const doc = documentContext(analysed, h.word, h.flags);
  const gaz = options.gazetteer ? options.gazetteer(analysed) : new Uint16Array(n);
  const offsets = new Int32Array(n + 1);
  let buckets = new Int32Array(Math.max(64, n * 48));
  let size = 0;
  const emit = (feature: number): void => {
    if (size === buckets.length) {
      const grown = new Int32Array(buckets.length * 2);
      grown.set(buckets);
      buckets = grown;
    }
    buckets[size] = feature & mask;
    size += 1;
  };

  let first = 0;
  let end = 0;
  const at = (arr: Uint32Array, t: number): number =>
    t < first ? BEFORE : t >= end ? AFTER : (arr[t] ?? 0);
  for (let t = 0; t < n; t += 1) {
    offsets[t] = size;
    const token = analysed.tokens[t]!;
    const sentence = analysed.sentences[token.sentence];
    first = sentence ? sentence.firstToken : t;
    end = sentence ? sentence.endToken : t + 1;
    const lower = h.lower[t]!;
    const word = h.word[t]!;
    const shape = h.shape[t]!;
    const pos = h.pos[t]!;
    const flags = h.flags[t]!;
    const wM1 = at(h.word, t - 1);
    const wP1 = at(h.word, t + 1);
    const sM1 = at(h.shape, t - 1);
    const sP1 = at(h.shape, t + 1);
    const pM1 = at(h.pos, t - 1);
    const pP1 = at(h.pos, t + 1);

    emit(mix2(T.bias, 0));
    emit(mix2(T.word, word));
    emit(mix2(T.exact, h.exact[t]!));
    emit(mix2(T.wordM1, wM1));
    emit(mix2(T.wordP1, wP1));
    emit(mix2(T.wordM2, at(h.word, t - 2)));
    emit(mix2(T.wordP2, at(h.word, t + 2)));
    emit(mix2(T.shape, shape));
    emit(mix2(T.shapeM1, sM1));
    emit(mix2(T.shapeP1, sP1));
    emit(mix2(T.shapeM2, at(h.shape, t - 2)));
    emit(mix2(T.shapeP2, at(h.shape, t + 2)));
    emit(mix2(T.pos, pos));
    emit(mix2(T.posM1, pM1));
    emit(mix2(T.posP1, pP1));
    emit(mix2(T.posM2, at(h.pos, t - 2)));
    emit(mix2(T.posP2, at(h.pos, t + 2)));
    const affixes = Math.min(4, lower.length - 1);
    for (let k = 1; k <= affixes; k += 1) {
      // Case-folded affixes: hash the lower-cased characters on the fly.
      emit(mix3(T.prefix, k, hashRange(lower, 0, k)));
      emit(mix3(T.suffix, k, hashRange(lower, lower.length - k, lower.length)));
    }
    for (let bit = 1; bit <= flags; bit <<= 1) if (flags & bit) emit(mix2(T.flag, bit));
    if (doc.sentenceInitial[t]) emit(mix2(T.initialShape, shape));
    if (doc.headline[t]) emit(mix2(T.headlineShape, shape));
    emit(mix3(T.wordM1Word, wM1, word));
    emit(mix3(T.wordWordP1, word, wP1));
    emit(mix3(T.posM1Pos, pM1, pos));
    emit(mix3(T.posPosP1, pos, pP1));
    emit(mix3(T.shapeM1Shape, sM1, shape));
    emit(mix3(T.shapeShapeP1, shape, sP1));
    emit(mix3(T.wordM1Shape, wM1, shape));
    emit(mix3(T.shapeWordP1, shape, wP1));
    emit(mix3(T.posShape, pos, shape));
    const elsewhere = doc.elsewhere[t]!;
    if (elsewhere !== 0 && (isCapitalised(flags) || doc.headline[t])) {
      const context = (doc.headline[t]! << 1) | doc.sentenceInitial[t]!;
      for (let k = 0; k < 4; k += 1) if (elsewhere & (1 << k)) emit(mix3(T.docStat, k, context));
      emit(mix3(T.docCombo, elsewhere, context));
    }
    const g = gaz[t]!;
    if (g !== 0) {
      for (let bit = 1; bit <= g; bit <<= 1) if (g & bit) emit(mix2(T.gazetteer, bit));
      emit(mix3(T.gazetteerShape, g, shape));
    }
    if (t > first && gaz[t - 1]) emit(mix2(T.gazetteerM1, gaz[t - 1]!));
    if (t + 1 < end && gaz[t + 1]) emit(mix2(T.gazetteerP1, gaz[t + 1]!));
    if (h.winkEntity[t]) emit(mix2(T.winkEntity, h.winkEntity[t]!));
  }
  offsets[n] = size;
  return { offsets, buckets: buckets.subarray(0, size) };
}
