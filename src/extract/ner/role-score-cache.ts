import type { Token } from '../nlp';
import { hashString, mix2 } from './feature-hash';
import { T } from './feature-templates';
import { LABEL_COUNT } from './labels';
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
import type { NerWeights } from './weights';

// Module-level copies: CommonJS transpilers (tsx, swc) turn imported bindings into getter calls,
// which the hot loops below would pay on every access.
const L = LABEL_COUNT;
const R = ROLE_COUNT;
const OFFSETS = ROLE_OFFSETS;

/** A word's features and, per role, the label scores of the features it gives in that role. */
export interface ScoredWord extends WordFeatures {
  /** ROLE_COUNT × LABEL_COUNT. */
  roles: Float32Array;
}

/**
 * Scores of single-token features (see ROLES), kept per distinct word and POS tag: news repeats
 * its words, so a token costs a Map probe and a few 9-float additions instead of ~20 hashes and
 * table lookups. Bounded: when `maxWords` distinct words are held the word cache starts again
 * empty (a news vocabulary fits well within the default; memory cannot grow without end).
 */
export class RoleScoreCache {
  private readonly words = new Map<string, ScoredWord>();
  private readonly tags = new Map<string, Float32Array>();
  private readonly mask: number;
  private readonly bias = new Float32Array(L);
  private readonly before: Float32Array;
  private readonly after: Float32Array;

  constructor(
    private readonly weights: NerWeights,
    hashBits: number,
    private readonly maxWords = 200_000,
  ) {
    this.mask = (1 << hashBits) - 1;
    this.weights.addBucket(mix2(T.bias, 0) & this.mask, this.bias, 0);
    this.before = this.edge(BEFORE);
    this.after = this.edge(AFTER);
  }

  get size(): number {
    return this.words.size;
  }

  wordOf(value: string): ScoredWord {
    const known = this.words.get(value);
    if (known) return known;
    const features = wordFeatures(value);
    const roles = new Float32Array(ROLE_COUNT * L);
    for (let r = 0; r < ROLE_COUNT; r += 1)
      emitWordRole(r, features, (f) => this.weights.addBucket(f & this.mask, roles, r * L));
    const scored = { ...features, roles };
    if (this.words.size >= this.maxWords) this.words.clear();
    this.words.set(value, scored);
    return scored;
  }

  /**
   * Emission scores of tokens [first, end) from their single-token features and the bias: the
   * starting point the per-token features are added to. `words[t]` is `wordOf(tokens[t].value)`.
   */
  sentenceScores(
    tokens: readonly Token[],
    words: readonly ScoredWord[],
    first: number,
    end: number,
  ): Float32Array {
    const out = new Float32Array((end - first) * L);
    const tags: Float32Array[] = [];
    for (let t = first; t < end; t += 1) tags.push(this.tagOf(tokens[t]!.pos));
    for (let t = first; t < end; t += 1) {
      const o = (t - first) * L;
      for (let l = 0; l < L; l += 1) out[o + l] = this.bias[l]!;
      for (let r = 0; r < R; r += 1) {
        // The token at this offset from t gives t the features of role r.
        const from = t + OFFSETS[r]!;
        if (from >= first && from < end) {
          const word = words[from]!.roles;
          const tag = tags[from - first]!;
          for (let l = 0; l < L; l += 1) out[o + l]! += word[r * L + l]! + tag[r * L + l]!;
        } else {
          const edge = from < first ? this.before : this.after;
          for (let l = 0; l < L; l += 1) out[o + l]! += edge[(R + r) * L + l]!;
        }
      }
    }
    return out;
  }

  private tagOf(pos: string): Float32Array {
    let roles = this.tags.get(pos);
    if (roles) return roles;
    roles = new Float32Array(R * L);
    const hash = hashString(pos);
    for (let r = 0; r < R; r += 1) {
      const scores = roles;
      emitPosRole(r, hash, (f) => this.weights.addBucket(f & this.mask, scores, r * L));
    }
    this.tags.set(pos, roles);
    return roles;
  }

  /**
   * A sentence edge as a neighbour, word and POS together: 2 × ROLE_COUNT rows, the first
   * ROLE_COUNT unused (an edge is never the token itself) so rows line up with role indices.
   */
  private edge(hash: number): Float32Array {
    const rows = new Float32Array(2 * R * L);
    const word = edgeWord(hash);
    for (let r = 1; r < R; r += 1) {
      const add = (f: number): void => this.weights.addBucket(f & this.mask, rows, (R + r) * L);
      emitWordRole(r, word, add);
      emitPosRole(r, hash, add);
    }
    return rows;
  }
}
