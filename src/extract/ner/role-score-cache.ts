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
} from './single-token-features';
import type { NerWeights } from './weights';

// Module-level copies: CommonJS transpilers (tsx, swc) turn imported bindings into getter calls,
// which the hot loops below would pay on every access.
const L = LABEL_COUNT;
const R = ROLE_COUNT;
/** Floats per word (or tag) row: ROLE_COUNT × LABEL_COUNT. */
const ROW = R * L;
const fround = Math.fround;
/** Word ids 0 and 1 are the sentence edges as neighbours (see edgeRow); real words follow. */
export const BEFORE_ID = 0;
export const AFTER_ID = 1;
const FIRST_WORD_ID = 2;
/** Tag id 0 is "no tag": the zero row an edge adds as its POS (scored with its word instead). */
export const NO_TAG_ID = 0;
const INITIAL_WORDS = 4096;
// sentenceScoresInto spells out the roles self, -1, +1, -2, +2.
if (ROLE_OFFSETS.join() !== '0,-1,1,-2,2')
  throw new RangeError(
    `sentenceScoresInto expects roles 0,-1,1,-2,2, found ${ROLE_OFFSETS.join()}`,
  );

/** An empty string-keyed dictionary: no prototype, so no key ("constructor") is inherited. */
function newDictionary(): Record<string, number> {
  return Object.create(null) as Record<string, number>;
}

/**
 * Scores of single-token features (see ROLES), kept per distinct word and POS tag: news repeats
 * its words, so a token costs a Map probe for its word id and a few 9-float additions instead of
 * ~20 hashes and table lookups.
 *
 * Words are interned to small integer ids whose features live in flat typed arrays (hashes,
 * shape, flags, and one ROLE_COUNT × LABEL_COUNT row of scores per id in a single Float32Array):
 * the per-token loops read numbers at computed offsets instead of chasing an object and a
 * Float32Array view per word, which in a large, cold cache is a memory stall each. Bounded: when
 * a document would take the cache past `maxWords` distinct words it starts again empty (a news
 * vocabulary fits well within the default; memory cannot grow without end). Ids are valid until
 * the next `reserve`.
 */
export class RoleScoreCache {
  /**
   * Word → id, in a dictionary object rather than a Map: wink hands out its lexicon's strings,
   * which V8 has internalised, and finds an internalised key in an object by its pointer; over
   * the 1M tokens of BBC that took a third of a Map's time (this look-up is paid per token).
   */
  private ids = newDictionary();
  private count = FIRST_WORD_ID;
  /** Hash of the case-folded word, per id. */
  wordHash = new Uint32Array(0);
  /**
   * Per id, the number of its case-folded word ("Market" and "market" share one): 0, 1, 2… in
   * the order first seen, below foldCount. Document statistics group words by it without a Map.
   */
  fold = new Int32Array(0);
  private readonly foldIds = new Map<number, number>();
  shape = new Uint32Array(0);
  flags = new Uint16Array(0);
  /** 1 when the word has a capital letter anywhere ("Putin", "anti-Nato", "iPhone"). */
  capital = new Uint8Array(0);
  /** ROLE_COUNT × LABEL_COUNT scores per word id. */
  wordRoles = new Float32Array(0);
  private readonly tagIds = new Map<string, number>();
  /** ROLE_COUNT × LABEL_COUNT scores per tag id; id 0 (NO_TAG_ID) is all zero. */
  tagRoles = new Float32Array(ROW * 32);
  private readonly mask: number;
  private readonly bias = new Float32Array(L);
  /** One role's feature buckets of a word being added, collected for addPending. */
  private readonly pending = new Int32Array(64);
  private pendingCount = 0;
  private readonly collect = (feature: number): void => {
    this.pending[this.pendingCount] = feature & this.mask;
    this.pendingCount += 1;
  };

  constructor(
    private readonly weights: NerWeights,
    hashBits: number,
    private readonly maxWords = 200_000,
  ) {
    this.mask = (1 << hashBits) - 1;
    this.weights.addBucket(mix2(T.bias, 0) & this.mask, this.bias, 0);
    this.grow(INITIAL_WORDS);
    this.edgeRow(BEFORE_ID, BEFORE);
    this.edgeRow(AFTER_ID, AFTER);
  }

  /** Distinct case-folded words held (see fold). */
  get foldCount(): number {
    return this.foldIds.size;
  }

  /** Distinct words held. */
  get size(): number {
    return this.count - FIRST_WORD_ID;
  }

  /**
   * Make room for `words` more distinct words: when they might not fit within maxWords, start
   * again empty now, so that no id handed out for one document is forgotten while it is tagged.
   */
  reserve(words: number): void {
    if (this.size > 0 && this.size + words > this.maxWords) this.forgetWords();
  }

  /** The word's id, scoring its single-token features the first time it is seen. */
  idOf(value: string): number {
    const known = this.ids[value];
    if (known !== undefined) return known;
    return this.add(value);
  }

  /** The role scores of a word id (a view, for tests and inspection). */
  rolesOf(id: number): Float32Array {
    return this.wordRoles.subarray(id * ROW, id * ROW + ROW);
  }

  private add(value: string): number {
    const id = this.count;
    // Doubling, but never past what maxWords needs (unless one document alone holds more).
    if (id === this.capital.length)
      this.grow(Math.max(id + 1, Math.min(id * 2, this.maxWords + FIRST_WORD_ID)));
    this.count += 1;
    this.ids[value] = id;
    const features = wordFeatures(value);
    this.wordHash[id] = features.word;
    // As a signed int32: a small integer V8 keys the Map by directly, not a boxed double.
    const key = features.word | 0;
    let fold = this.foldIds.get(key);
    if (fold === undefined) {
      fold = this.foldIds.size;
      this.foldIds.set(key, fold);
    }
    this.fold[id] = fold;
    this.shape[id] = features.shape;
    this.flags[id] = features.flags;
    this.capital[id] = value !== value.toLowerCase() ? 1 : 0;
    const at = id * ROW;
    for (let r = 0; r < R; r += 1) {
      this.pendingCount = 0;
      emitWordRole(r, features, this.collect);
      this.addPending(this.wordRoles, at + r * L);
    }
    return id;
  }

  /**
   * Add the collected buckets' weights to out[offset ..], all at once where the weights allow
   * (NerModel.addBuckets: the same sums, with a cache of recent rows that the affixes and shapes
   * many words share hit), one by one otherwise.
   */
  private addPending(out: Float32Array, offset: number): void {
    const { pending, pendingCount } = this;
    if (this.weights.addBuckets) {
      this.weights.addBuckets(pending, pendingCount, out, offset);
      return;
    }
    for (let i = 0; i < pendingCount; i += 1) this.weights.addBucket(pending[i]!, out, offset);
  }

  private grow(words: number): void {
    const grow32 = (old: Uint32Array): Uint32Array<ArrayBuffer> => {
      const next = new Uint32Array(words);
      next.set(old);
      return next;
    };
    this.wordHash = grow32(this.wordHash);
    this.shape = grow32(this.shape);
    const fold = new Int32Array(words);
    fold.set(this.fold);
    this.fold = fold;
    const flags = new Uint16Array(words);
    flags.set(this.flags);
    this.flags = flags;
    const capital = new Uint8Array(words);
    capital.set(this.capital);
    this.capital = capital;
    const roles = new Float32Array(words * ROW);
    roles.set(this.wordRoles);
    this.wordRoles = roles;
  }

  /** Start the word cache again empty (the edge rows stay), its arrays at their first size. */
  private forgetWords(): void {
    this.ids = newDictionary();
    this.foldIds.clear();
    this.count = FIRST_WORD_ID;
    const edges = this.wordRoles.slice(0, FIRST_WORD_ID * ROW);
    this.wordHash = new Uint32Array(0);
    this.fold = new Int32Array(0);
    this.shape = new Uint32Array(0);
    this.flags = new Uint16Array(0);
    this.capital = new Uint8Array(0);
    this.wordRoles = new Float32Array(0);
    this.grow(INITIAL_WORDS);
    this.wordRoles.set(edges);
  }

  /** A POS tag's id, scoring the POS feature it gives in each role the first time it is seen. */
  tagIdOf(pos: string): number {
    const known = this.tagIds.get(pos);
    if (known !== undefined) return known;
    const id = this.tagIds.size + 1;
    if ((id + 1) * ROW > this.tagRoles.length) {
      const grown = new Float32Array(this.tagRoles.length * 2);
      grown.set(this.tagRoles);
      this.tagRoles = grown;
    }
    const hash = hashString(pos);
    const roles = this.tagRoles;
    for (let r = 0; r < R; r += 1)
      emitPosRole(r, hash, (f) => this.weights.addBucket(f & this.mask, roles, id * ROW + r * L));
    this.tagIds.set(pos, id);
    return id;
  }

  /**
   * Emission scores of tokens [first, end) from their single-token features and the bias: the
   * starting point the per-token features are added to.
   */
  sentenceScores(tokens: readonly Token[], first: number, end: number): Float32Array {
    const out = new Float32Array((end - first) * L);
    const words = new Int32Array(end);
    const tags = new Int32Array(end);
    for (let t = first; t < end; t += 1) {
      words[t] = this.idOf(tokens[t]!.value);
      tags[t] = this.tagIdOf(tokens[t]!.pos);
    }
    this.sentenceScoresInto(words, tags, first, end, out);
    return out;
  }

  /**
   * sentenceScores into `out` (token t at row t - first), from each token's word id (`words[t]`,
   * idOf) and tag id (`tags[t]`, tagIdOf); only tokens [from, to) of the sentence when given.
   * Allocates nothing, for the tagger's per-sentence loop.
   */
  sentenceScoresInto(
    words: Int32Array,
    tags: Int32Array,
    first: number,
    end: number,
    out: Float32Array,
    from: number = first,
    to: number = end,
  ): void {
    const { bias, wordRoles: W, tagRoles: G } = this;
    // Per role, where the neighbour's word and tag rows start; beyond the sentence the edge
    // stands in as a word with no tag. Sums are kept in a register and rounded to float32 at
    // each step, exactly as `out[i] += word + tag` role by role would round them.
    for (let t = from; t < to; t += 1) {
      const o = (t - first) * L;
      const w0 = words[t]! * ROW;
      const g0 = tags[t]! * ROW;
      const inside1 = t - 1 >= first;
      const w1 = (inside1 ? words[t - 1]! : BEFORE_ID) * ROW + L;
      const g1 = (inside1 ? tags[t - 1]! : NO_TAG_ID) * ROW + L;
      const inside2 = t + 1 < end;
      const w2 = (inside2 ? words[t + 1]! : AFTER_ID) * ROW + 2 * L;
      const g2 = (inside2 ? tags[t + 1]! : NO_TAG_ID) * ROW + 2 * L;
      const inside3 = t - 2 >= first;
      const w3 = (inside3 ? words[t - 2]! : BEFORE_ID) * ROW + 3 * L;
      const g3 = (inside3 ? tags[t - 2]! : NO_TAG_ID) * ROW + 3 * L;
      const inside4 = t + 2 < end;
      const w4 = (inside4 ? words[t + 2]! : AFTER_ID) * ROW + 4 * L;
      const g4 = (inside4 ? tags[t + 2]! : NO_TAG_ID) * ROW + 4 * L;
      for (let l = 0; l < L; l += 1) {
        let sum = bias[l]!;
        sum = fround(sum + (W[w0 + l]! + G[g0 + l]!));
        sum = fround(sum + (W[w1 + l]! + G[g1 + l]!));
        sum = fround(sum + (W[w2 + l]! + G[g2 + l]!));
        sum = fround(sum + (W[w3 + l]! + G[g3 + l]!));
        sum = fround(sum + (W[w4 + l]! + G[g4 + l]!));
        out[o + l] = sum;
      }
    }
  }

  /**
   * A sentence edge as a neighbour, word and POS together, in the row of a reserved word id: in
   * each neighbour role, the features of the edge's stand-in word, then of its stand-in POS.
   */
  private edgeRow(id: number, hash: number): void {
    const word = edgeWord(hash);
    const roles = this.wordRoles;
    for (let r = 1; r < R; r += 1) {
      const add = (f: number): void =>
        this.weights.addBucket(f & this.mask, roles, id * ROW + r * L);
      emitWordRole(r, word, add);
      emitPosRole(r, hash, add);
    }
  }
}
