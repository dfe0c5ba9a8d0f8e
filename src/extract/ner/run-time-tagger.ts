import type { AnalysedText } from '../nlp';
import { DocumentContextBuffers, documentContextInto } from './document-context';
import type { GazetteerMatcher } from './gazetteer-matcher';
import { LABEL_COUNT, OUTSIDE as OUTSIDE_IMPORTED } from './labels';
import type { NerModel } from './ner-model';
import type { NerSpan } from './ner-types';
import { markNameAnchors } from './may-hold-name';
import { nameSegmentsInto } from './name-segments';
import type { RoleScoreCache } from './role-score-cache';
import { spanConfidence } from './span-confidence';
import { spansFromLabels } from './spans-from-labels';
import {
  emitPerTokenFeatures as emitPerTokenFeaturesImported,
  posHash,
  type FeatureSink,
  type TokenContext,
} from './token-features';
import { viterbiSegmentInto, type ViterbiBuffers } from './viterbi';

// Module-level copies: transpiled imports are getter calls, paid per token otherwise.
const L = LABEL_COUNT;
const OUTSIDE = OUTSIDE_IMPORTED;
const emitPerTokenFeatures = emitPerTokenFeaturesImported;

/** Collects one token's feature buckets, to be scored together (NerModel.addBuckets). */
class BucketSink implements FeatureSink {
  buckets = new Int32Array(64);
  count = 0;

  constructor(private readonly mask: number) {}

  add(feature: number): void {
    if (this.count === this.buckets.length) {
      const grown = new Int32Array(this.count * 2);
      grown.set(this.buckets);
      this.buckets = grown;
    }
    this.buckets[this.count] = feature & this.mask;
    this.count += 1;
  }
}

/**
 * The tagger's decoding loop without per-token allocation: per-token hashes, emission scores and
 * Viterbi tables live in buffers kept across documents (grown to the longest seen), and each
 * token's features are scored as soon as they are hashed instead of being collected into rows
 * for the whole document first. Only the tokens near a capital that could start a name are scored
 * and decoded (nameSegmentsInto): about half the tokens of a decoded sentence lie further from
 * one, and the model labels none of them there. Gives tagSentences' spans and confidences over extractFeatures'
 * rows, bit for bit, whenever full decoding leaves those tokens O (on BBC and CoNLL-2003 dev,
 * always): the same features, added in the same order (see emitPerTokenFeatures), so the same
 * float sums. One instance per tagger; not re-entrant.
 */
export class RunTimeTagger {
  private capacity = 0;
  private sentenceCapacity = 0;
  private context!: TokenContext;
  /** Per token: its word id and tag id in the cache, and whether it has a capital letter. */
  private words = new Int32Array(0);
  private tags = new Int32Array(0);
  private capital = new Uint8Array(0);
  /** Per token, its word's slot for the document statistics (wordSlots), and how many slots. */
  private slots = new Int32Array(0);
  private slotCount = 0;
  /** Per fold id of the cache: the document that last numbered it, and the slot it gave it. */
  private foldStamp = new Int32Array(0);
  private foldSlot = new Int32Array(0);
  /** Numbers the documents tagged, for foldStamp (0: none yet). */
  private document = 0;
  private readonly documentBuffers = new DocumentContextBuffers();
  /** Per token of a decoded sentence: 1 when its capital could start a name (markNameAnchors). */
  private anchors = new Uint8Array(0);
  private emissions = new Float32Array(0);
  /** A sentence's name segments as [start, end) pairs (nameSegmentsInto). */
  private segments = new Int32Array(0);
  private viterbi: ViterbiBuffers = {
    score: new Float64Array(0),
    back: new Int8Array(0),
    labels: new Int32Array(0),
  };
  private readonly sink: BucketSink;
  /** POS hash per tag id (wink's tag set is small and fixed). */
  private posHashes = new Uint32Array(64);

  constructor(
    private readonly model: NerModel,
    private readonly transitions: Float32Array,
    private readonly cache: RoleScoreCache,
    private readonly gazetteer: GazetteerMatcher | undefined,
  ) {
    this.sink = new BucketSink((1 << model.hashBits) - 1);
    this.grow(256);
  }

  tag(analysed: AnalysedText): NerSpan[] {
    const { tokens, sentences } = analysed;
    const n = tokens.length;
    if (n > this.capacity) this.grow(n);
    const c = this.context;
    const cache = this.cache;
    const words = this.words;
    const tags = this.tags;
    cache.reserve(n);
    for (let t = 0; t < n; t += 1) {
      const token = tokens[t]!;
      words[t] = cache.idOf(token.value);
      tags[t] = this.tagIdOf(token.pos);
    }
    // Read after the loop: adding words may have grown (replaced) the cache's arrays.
    const { wordHash, shape, flags, capital: wordCapital } = cache;
    const capital = this.capital;
    const posHashes = this.posHashes;
    for (let t = 0; t < n; t += 1) {
      const w = words[t]!;
      c.word[t] = wordHash[w]!;
      c.shape[t] = shape[w]!;
      c.flags[t] = flags[w]!;
      capital[t] = wordCapital[w]!;
      c.pos[t] = posHashes[tags[t]!]!;
    }
    const doc = this.documentBuffers;
    doc.reserve(n);
    documentContextInto(analysed, this.wordSlots(n), this.slotCount, c.flags, doc);
    c.headline = doc.headline;
    c.sentenceInitial = doc.sentenceInitial;
    c.elsewhere = doc.elsewhere;
    c.gazetteer = this.gazetteer ? this.gazetteer(analysed) : new Uint16Array(n);

    const spans: NerSpan[] = [];
    for (const sentence of sentences) {
      const first = sentence.firstToken;
      const end = sentence.endToken;
      if (!markNameAnchors(tokens, capital, first, end, this.anchors)) continue;
      const length = end - first;
      if (length > this.sentenceCapacity) this.growSentence(length);
      const emissions = this.emissions;
      const labels = this.viterbi.labels;
      const sink = this.sink;
      // Only tokens near a capital that could start a name are scored and decoded; the rest are O.
      const segments = nameSegmentsInto(this.anchors, first, end, this.segments);
      labels.fill(OUTSIDE, 0, length);
      for (let s = 0; s < segments; s += 1) {
        const from = this.segments[2 * s]!;
        const to = this.segments[2 * s + 1]!;
        cache.sentenceScoresInto(words, tags, first, end, emissions, from, to);
        for (let t = from; t < to; t += 1) {
          sink.count = 0;
          emitPerTokenFeatures(c, t, first, end, sink);
          this.model.addBuckets(sink.buckets, sink.count, emissions, (t - first) * L);
        }
        viterbiSegmentInto(
          emissions,
          from - first,
          to - first,
          this.transitions,
          this.viterbi,
          from > first,
          to < end,
        );
      }
      for (const span of spansFromLabels(labels, length)) {
        spans.push({
          type: span.type,
          firstToken: first + span.first,
          endToken: first + span.end,
          confidence: spanConfidence(emissions, labels, this.transitions, span),
        });
      }
    }
    return spans;
  }

  /**
   * Per token, the slot of its case-folded word in this document (0, 1, 2… in order of first
   * appearance; their number lands in slotCount): the cache's fold ids renumbered through arrays
   * stamped with the document's number, where a Map per document cost a probe and an insert per
   * token. Reads `words`, filled for the document's n tokens.
   */
  private wordSlots(n: number): Int32Array {
    const { fold, foldCount } = this.cache;
    if (foldCount > this.foldStamp.length) {
      const size = Math.max(foldCount, this.foldStamp.length * 2);
      this.foldStamp = new Int32Array(size);
      this.foldSlot = new Int32Array(size);
    }
    if (this.document === 0x7fffffff) {
      this.foldStamp.fill(0);
      this.document = 0;
    }
    this.document += 1;
    const { foldStamp, foldSlot, slots, words } = this;
    const document = this.document;
    let next = 0;
    for (let t = 0; t < n; t += 1) {
      const f = fold[words[t]!]!;
      if (foldStamp[f] !== document) {
        foldStamp[f] = document;
        foldSlot[f] = next;
        next += 1;
      }
      slots[t] = foldSlot[f]!;
    }
    this.slotCount = next;
    return slots;
  }

  /** A POS tag's id in the cache, its hash noted the first time the tag is seen. */
  private tagIdOf(tag: string): number {
    const id = this.cache.tagIdOf(tag);
    if (id >= this.posHashes.length) {
      const grown = new Uint32Array(id * 2);
      grown.set(this.posHashes);
      this.posHashes = grown;
    }
    if (this.posHashes[id] === 0) this.posHashes[id] = posHash(tag);
    return id;
  }

  private grow(n: number): void {
    const size = Math.max(n, this.capacity * 2);
    this.capacity = size;
    this.words = new Int32Array(size);
    this.tags = new Int32Array(size);
    this.capital = new Uint8Array(size);
    this.slots = new Int32Array(size);
    this.anchors = new Uint8Array(size);
    const empty = new Uint8Array(0);
    this.context = {
      word: new Uint32Array(size),
      shape: new Uint32Array(size),
      flags: new Uint16Array(size),
      pos: new Uint32Array(size),
      gazetteer: new Uint16Array(0),
      headline: empty,
      sentenceInitial: empty,
      elsewhere: empty,
    };
  }

  private growSentence(length: number): void {
    const size = Math.max(length, this.sentenceCapacity * 2);
    this.sentenceCapacity = size;
    this.emissions = new Float32Array(size * L);
    this.segments = new Int32Array(size * 2);
    this.viterbi = {
      score: new Float64Array(size * L),
      back: new Int8Array(size * L),
      labels: new Int32Array(size),
    };
  }
}
