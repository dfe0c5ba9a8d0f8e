import type { AnalysedText } from '../nlp';
import {
  FLAG_ALL_CAPS as FLAG_ALL_CAPS_IMPORTED,
  FLAG_HAS_LETTER as FLAG_HAS_LETTER_IMPORTED,
  isCapitalised as isCapitalisedImported,
} from './word-shape';

// Module-level copies: transpiled imports are getter calls, paid per token otherwise.
const FLAG_ALL_CAPS = FLAG_ALL_CAPS_IMPORTED;
const FLAG_HAS_LETTER = FLAG_HAS_LETTER_IMPORTED;
const isCapitalised = isCapitalisedImported;

/** Per-word counts over a whole document, the evidence behind the document-level features. */
export const DOC_LOWERCASE = 0;
export const DOC_CAPITALISED_MID_SENTENCE = 1;
export const DOC_FIRST_OF_NAME_RUN = 2;
export const DOC_LAST_OF_NAME_RUN = 3;
export const DOC_STAT_COUNT = 4;

export interface DocumentContext {
  /** 1 for tokens in a sentence written mostly in capitals (headlines, datelines). */
  headline: Uint8Array;
  /** 1 for a sentence's first token. */
  sentenceInitial: Uint8Array;
  /**
   * Per token, bit k set when the same word (case-folded) shows stat k somewhere else in the
   * document: "Merkel" in "Angela Merkel" earlier makes a later sentence-initial "Merkel" a name;
   * "Market" seen lower-case elsewhere makes a capitalised "Market" less likely one.
   */
  elsewhere: Uint8Array;
}

/**
 * The arrays documentContextInto writes (headline, sentenceInitial, elsewhere) and works in,
 * kept from one document to the next by a caller that tags many: allocating them per document
 * was most of the cost of the document context. Arrays are at least as long as the last
 * document; read only its tokens.
 */
export class DocumentContextBuffers implements DocumentContext {
  headline = new Uint8Array(0);
  sentenceInitial = new Uint8Array(0);
  elsewhere = new Uint8Array(0);
  /** Per token, the stats it shows itself (subtracted to read "elsewhere"). */
  own = new Uint8Array(0);
  /** Per word slot, DOC_STAT_COUNT counts. */
  counts = new Int32Array(0);

  /** Room for a document of n tokens. */
  reserve(n: number): void {
    if (n <= this.own.length) return;
    const size = Math.max(n, this.own.length * 2);
    this.headline = new Uint8Array(size);
    this.sentenceInitial = new Uint8Array(size);
    this.elsewhere = new Uint8Array(size);
    this.own = new Uint8Array(size);
    this.counts = new Int32Array(size * DOC_STAT_COUNT);
  }
}

/** Mark (1) the tokens of sentences written mostly in capitals; `headline` starts zeroed. */
function markHeadlineSentences(
  analysed: AnalysedText,
  flags: Uint16Array,
  headline: Uint8Array,
): void {
  for (const sentence of analysed.sentences) {
    let letters = 0;
    let caps = 0;
    for (let t = sentence.firstToken; t < sentence.endToken; t += 1) {
      const f = flags[t] ?? 0;
      if ((f & FLAG_HAS_LETTER) === 0) continue;
      letters += 1;
      if ((f & FLAG_ALL_CAPS) !== 0 && (analysed.tokens[t]?.value.length ?? 0) > 1) caps += 1;
    }
    if (letters > 0 && caps / letters > 0.6)
      headline.fill(1, sentence.firstToken, sentence.endToken);
  }
}

/** Build the document context from the per-token word hashes and orthographic flags. */
export function documentContext(
  analysed: AnalysedText,
  wordHashes: Uint32Array,
  flags: Uint16Array,
): DocumentContext {
  const n = analysed.tokens.length;
  const slotOf = new Map<number, number>();
  const slots = new Int32Array(n);
  for (let t = 0; t < n; t += 1) {
    // As a signed int32: the same grouping, and a small integer V8 keys the Map by directly
    // (a uint32 above 2^31 is a heap number, boxed and hashed as a double on every probe).
    const key = (wordHashes[t] ?? 0) | 0;
    let slot = slotOf.get(key);
    if (slot === undefined) {
      slot = slotOf.size;
      slotOf.set(key, slot);
    }
    slots[t] = slot;
  }
  const buffers = new DocumentContextBuffers();
  buffers.reserve(n);
  documentContextInto(analysed, slots, slotOf.size, flags, buffers);
  const { headline, sentenceInitial, elsewhere } = buffers;
  return { headline, sentenceInitial, elsewhere };
}

/**
 * documentContext into `buffers` (reserved for the document), from each token's word slot
 * instead of its hash: `slots[t]` numbers the document's distinct case-folded words 0, 1, 2…
 * below `slotCount` (the run-time tagger numbers them from its word cache, without a Map).
 */
export function documentContextInto(
  analysed: AnalysedText,
  slots: Int32Array,
  slotCount: number,
  flags: Uint16Array,
  buffers: DocumentContextBuffers,
): void {
  const n = analysed.tokens.length;
  const { headline, sentenceInitial, own, counts, elsewhere } = buffers;
  headline.fill(0, 0, n);
  sentenceInitial.fill(0, 0, n);
  own.fill(0, 0, n);
  counts.fill(0, 0, slotCount * DOC_STAT_COUNT);
  markHeadlineSentences(analysed, flags, headline);
  for (const s of analysed.sentences) if (s.firstToken < n) sentenceInitial[s.firstToken] = 1;

  // Own contribution per token, so "elsewhere" can subtract it.
  for (let t = 0; t < n; t += 1) {
    const f = flags[t] ?? 0;
    if ((f & FLAG_HAS_LETTER) === 0 || headline[t] === 1) continue;
    if (!isCapitalised(f)) own[t] = (own[t] ?? 0) | (1 << DOC_LOWERCASE);
    else if (sentenceInitial[t] === 0) own[t] = (own[t] ?? 0) | (1 << DOC_CAPITALISED_MID_SENTENCE);
  }
  for (const s of analysed.sentences) {
    let runStart = -1;
    for (let t = s.firstToken; t <= s.endToken; t += 1) {
      const inRun = t < s.endToken && headline[t] === 0 && isCapitalised(flags[t] ?? 0);
      if (inRun && runStart < 0) runStart = t;
      if (!inRun && runStart >= 0) {
        if (t - runStart >= 2) {
          own[runStart] = (own[runStart] ?? 0) | (1 << DOC_FIRST_OF_NAME_RUN);
          own[t - 1] = (own[t - 1] ?? 0) | (1 << DOC_LAST_OF_NAME_RUN);
        }
        runStart = -1;
      }
    }
  }

  // Slot k of a word holds stat k (DOC_STAT_COUNT per word).
  for (let t = 0; t < n; t += 1) {
    const bits = own[t]!;
    if (bits === 0) continue;
    const at = slots[t]! * DOC_STAT_COUNT;
    for (let k = 0; k < DOC_STAT_COUNT; k += 1)
      if (bits & (1 << k)) counts[at + k] = counts[at + k]! + 1;
  }

  for (let t = 0; t < n; t += 1) {
    const at = slots[t]! * DOC_STAT_COUNT;
    const bits = own[t]!;
    let out = 0;
    for (let k = 0; k < DOC_STAT_COUNT; k += 1) {
      const others = counts[at + k]! - (bits & (1 << k) ? 1 : 0);
      if (others > 0) out |= 1 << k;
    }
    elsewhere[t] = out;
  }
}
