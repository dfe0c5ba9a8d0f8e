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

function headlineSentences(analysed: AnalysedText, flags: Uint16Array): Uint8Array {
  const headline = new Uint8Array(analysed.tokens.length);
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
  return headline;
}

/** Build the document context from the per-token word hashes and orthographic flags. */
export function documentContext(
  analysed: AnalysedText,
  wordHashes: Uint32Array,
  flags: Uint16Array,
): DocumentContext {
  const n = analysed.tokens.length;
  const headline = headlineSentences(analysed, flags);
  const sentenceInitial = new Uint8Array(n);
  for (const s of analysed.sentences) if (s.firstToken < n) sentenceInitial[s.firstToken] = 1;

  // Own contribution per token, so "elsewhere" can subtract it.
  const own = new Uint8Array(n);
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

  // Counts per distinct word hash: slot k of the word holds stat k (DOC_STAT_COUNT per word).
  const slotOf = new Map<number, number>();
  const slots = new Int32Array(n);
  const counts = new Int32Array(n * DOC_STAT_COUNT);
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
    const bits = own[t]!;
    if (bits === 0) continue;
    for (let k = 0; k < DOC_STAT_COUNT; k += 1) {
      const at = slot * DOC_STAT_COUNT + k;
      if (bits & (1 << k)) counts[at] = counts[at]! + 1;
    }
  }

  const elsewhere = new Uint8Array(n);
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
  return { headline, sentenceInitial, elsewhere };
}
