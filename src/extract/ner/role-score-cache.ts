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
const fround = Math.fround;
/** Words whose role scores share one allocation. */
const WORDS_PER_CHUNK = 4096;
/** The POS scores of an edge: none (its POS stand-in is scored with its word, see edge()). */
const NO_TAG = new Float32Array(R * L);
// sentenceScoresInto spells out the roles self, -1, +1, -2, +2.
if (ROLE_OFFSETS.join() !== '0,-1,1,-2,2')
  throw new RangeError(
    `sentenceScoresInto expects roles 0,-1,1,-2,2, found ${ROLE_OFFSETS.join()}`,
  );

/** A word's features and, per role, the label scores of the features it gives in that role. */
export interface ScoredWord extends WordFeatures {
  /** ROLE_COUNT × LABEL_COUNT. */
  roles: Float32Array;
  /** Has a capital letter anywhere ("Putin", "anti-Nato", "iPhone"): a name can start here. */
  hasCapital: boolean;
}

/**
 * Scores of single-token features (see ROLES), kept per distinct word and POS tag: news repeats
 * its words, so a token costs a Map probe and a few 9-float additions instead of ~20 hashes and
 * table lookups. Bounded: when `maxWords` distinct words are held the word cache starts again
 * empty (a news vocabulary fits well within the default; memory cannot grow without end).
 */
export class RoleScoreCache {
  private readonly words = new Map<string, ScoredWord>();
  /** Role scores of cached words, carved from shared chunks (see newRoles). */
  private chunk = new Float32Array(0);
  private chunkUsed = 0;
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
    if (this.words.size >= this.maxWords) this.forgetWords();
    const roles = this.newRoles();
    for (let r = 0; r < ROLE_COUNT; r += 1)
      emitWordRole(r, features, (f) => this.weights.addBucket(f & this.mask, roles, r * L));
    const scored = { ...features, roles, hasCapital: value !== value.toLowerCase() };
    this.words.set(value, scored);
    return scored;
  }

  /**
   * A zeroed ROLE_COUNT × LABEL_COUNT row for one word: a view into a chunk shared by many
   * words. A Float32Array of its own per word costs an off-heap buffer with its bookkeeping,
   * several times the 180 bytes of scores, and tens of thousands of words are cached.
   */
  private newRoles(): Float32Array {
    const size = ROLE_COUNT * L;
    if (this.chunkUsed + size > this.chunk.length) {
      this.chunk = new Float32Array(size * WORDS_PER_CHUNK);
      this.chunkUsed = 0;
    }
    const roles = this.chunk.subarray(this.chunkUsed, this.chunkUsed + size);
    this.chunkUsed += size;
    return roles;
  }

  /** Start the word cache again empty; chunks are freed with the last word viewing them. */
  private forgetWords(): void {
    this.words.clear();
    this.chunk = new Float32Array(0);
    this.chunkUsed = 0;
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
    const tags = new Array<Float32Array>(end);
    for (let t = first; t < end; t += 1) tags[t] = this.tagOf(tokens[t]!.pos);
    this.sentenceScoresInto(words, tags, first, end, out);
    return out;
  }

  /**
   * sentenceScores into `out` (from index 0), with each token's POS scores given: `tags[t]` is
   * `tagOf(tokens[t].pos)`. Allocates nothing, for the tagger's per-sentence loop.
   */
  sentenceScoresInto(
    words: readonly ScoredWord[],
    tags: readonly Float32Array[],
    first: number,
    end: number,
    out: Float32Array,
  ): void {
    const { bias, before, after } = this;
    const none = NO_TAG;
    // Per role, the word's and the tag's score rows and where the role's scores start in each;
    // an edge stands in as the word with no tag. Sums are kept in a register and rounded to
    // float32 at each step, exactly as `out[i] += word + tag` role by role would round them.
    for (let t = first; t < end; t += 1) {
      const o = (t - first) * L;
      const w0 = words[t]!.roles;
      const g0 = tags[t]!;
      const inside1 = t - 1 >= first;
      const w1 = inside1 ? words[t - 1]!.roles : before;
      const g1 = inside1 ? tags[t - 1]! : none;
      const o1 = inside1 ? L : (R + 1) * L;
      const inside2 = t + 1 < end;
      const w2 = inside2 ? words[t + 1]!.roles : after;
      const g2 = inside2 ? tags[t + 1]! : none;
      const o2 = inside2 ? 2 * L : (R + 2) * L;
      const inside3 = t - 2 >= first;
      const w3 = inside3 ? words[t - 2]!.roles : before;
      const g3 = inside3 ? tags[t - 2]! : none;
      const o3 = inside3 ? 3 * L : (R + 3) * L;
      const inside4 = t + 2 < end;
      const w4 = inside4 ? words[t + 2]!.roles : after;
      const g4 = inside4 ? tags[t + 2]! : none;
      const o4 = inside4 ? 4 * L : (R + 4) * L;
      for (let l = 0; l < L; l += 1) {
        let sum = bias[l]!;
        sum = fround(sum + (w0[l]! + g0[l]!));
        sum = fround(sum + (w1[o1 + l]! + g1[L + l]!));
        sum = fround(sum + (w2[o2 + l]! + g2[2 * L + l]!));
        sum = fround(sum + (w3[o3 + l]! + g3[3 * L + l]!));
        sum = fround(sum + (w4[o4 + l]! + g4[4 * L + l]!));
        out[o + l] = sum;
      }
    }
  }

  /** The label scores, per role, of the POS feature a tag gives (ROLE_COUNT × LABEL_COUNT). */
  tagOf(pos: string): Float32Array {
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
