import type { AnalysedText } from '../nlp';
import { documentContext } from './document-context';
import { hashString, mix2, mix3 } from './feature-hash';
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
import { isCapitalised } from './word-shape';

export const NER_FEATURE_VERSION = 1;

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

interface TokenHashes {
  word: Uint32Array;
  shape: Uint32Array;
  flags: Uint16Array;
  pos: Uint32Array;
  winkEntity: Uint32Array;
  words: readonly WordFeatures[];
}

/** POS tags come from wink's small fixed tag set: hash each once per process. */
const POS_HASHES = new Map<string, number>();

function posHash(pos: string): number {
  let h = POS_HASHES.get(pos);
  if (h === undefined) {
    h = hashString(pos);
    if (POS_HASHES.size < 256) POS_HASHES.set(pos, h);
  }
  return h;
}

function hashTokens(analysed: AnalysedText, given?: readonly WordFeatures[]): TokenHashes {
  const n = analysed.tokens.length;
  const words = given ?? analysed.tokens.map((t) => wordFeatures(t.value));
  const h: TokenHashes = {
    word: new Uint32Array(n),
    shape: new Uint32Array(n),
    flags: new Uint16Array(n),
    pos: new Uint32Array(n),
    winkEntity: new Uint32Array(n),
    words,
  };
  for (let t = 0; t < n; t += 1) {
    const w = words[t]!;
    h.word[t] = w.word;
    h.shape[t] = w.shape;
    h.flags[t] = w.flags;
    h.pos[t] = posHash(analysed.tokens[t]!.pos);
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
  const h = hashTokens(analysed, options.words);
  const singles = options.perTokenOnly !== true;
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

    if (singles) {
      emit(mix2(T.bias, 0));
      for (let r = 0; r < ROLE_COUNT; r += 1) {
        const from = t + ROLE_OFFSETS[r]!;
        const word = from < first ? BEFORE_WORD : from >= end ? AFTER_WORD : h.words[from]!;
        emitWordRole(r, word, emit);
        emitPosRole(r, at(h.pos, from), emit);
      }
    }
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
