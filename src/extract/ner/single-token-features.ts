import { hashRange, hashString, mix2, mix3 } from './feature-hash';
import { T } from './feature-templates';
import { wordShape } from './word-shape';

/** What the features need of one word, whatever its context: hashes, shape and flags. */
export interface WordFeatures {
  lower: string;
  /** Hash of the case-folded word. */
  word: number;
  /** Hash of the word as written. */
  exact: number;
  shape: number;
  flags: number;
}

export function wordFeatures(value: string): WordFeatures {
  const lower = value.toLowerCase();
  const exact = hashString(value);
  const { shape, flags } = wordShape(value);
  return { lower, exact, word: lower === value ? exact : hashString(lower), shape, flags };
}

/** Stand-in hashes for the neighbours beyond a sentence's edges. */
export const BEFORE = 0x5bd1e995;
export const AFTER = 0x1b873593;

/**
 * Where a word sits relative to the token whose features it feeds: the token itself, or its
 * neighbour one or two places before or after. Features of one token at one offset are most of
 * a token's features (22 of ~35); the tagger scores them once per distinct word (or POS tag)
 * and role, and the rest per token.
 */
export const ROLES = { self: 0, before1: 1, after1: 2, before2: 3, after2: 4 } as const;
export const ROLE_COUNT = 5;
export const ROLE_OFFSETS: readonly number[] = [0, -1, 1, -2, 2];

const WORD_TEMPLATES = [0, T.wordM1, T.wordP1, T.wordM2, T.wordP2];
const SHAPE_TEMPLATES = [0, T.shapeM1, T.shapeP1, T.shapeM2, T.shapeP2];
const POS_TEMPLATES = [T.pos, T.posM1, T.posP1, T.posM2, T.posP2];

/**
 * The features a word gives the token at ROLE_OFFSETS[role] from it. As itself: the word, its
 * exact form, shape, case-folded affixes and orthographic flags. As a neighbour: its word and
 * shape. `w` may be the BEFORE/AFTER stand-in (lower '' and the stand-in as every hash).
 */
export function emitWordRole(role: number, w: WordFeatures, emit: (f: number) => void): void {
  if (role !== ROLES.self) {
    emit(mix2(WORD_TEMPLATES[role]!, w.word));
    emit(mix2(SHAPE_TEMPLATES[role]!, w.shape));
    return;
  }
  emit(mix2(T.word, w.word));
  emit(mix2(T.exact, w.exact));
  emit(mix2(T.shape, w.shape));
  const { lower } = w;
  const affixes = Math.min(4, lower.length - 1);
  for (let k = 1; k <= affixes; k += 1) {
    emit(mix3(T.prefix, k, hashRange(lower, 0, k)));
    emit(mix3(T.suffix, k, hashRange(lower, lower.length - k, lower.length)));
  }
  for (let bit = 1; bit <= w.flags; bit <<= 1) if (w.flags & bit) emit(mix2(T.flag, bit));
}

/** The feature a POS tag (or the BEFORE/AFTER stand-in) gives the token at the role's offset. */
export function emitPosRole(role: number, pos: number, emit: (f: number) => void): void {
  emit(mix2(POS_TEMPLATES[role]!, pos));
}

/** A sentence edge as a neighbour word. */
export function edgeWord(hash: number): WordFeatures {
  return { lower: '', word: hash, exact: hash, shape: hash, flags: 0 };
}
