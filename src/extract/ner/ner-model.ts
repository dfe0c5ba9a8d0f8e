import { InvalidInputError } from '../../errors';
import { LABEL_COUNT, LABELS } from './labels';
import { NER_FEATURE_VERSION } from './token-features';
import { buildCodebook } from './weight-codebook';
import type { NerWeights } from './weights';

export const NER_MODEL_FORMAT = 'newsgraph-ner/1';

/**
 * The committed model file (JSON). Weights are sparse: `keys` lists `bucket * LABEL_COUNT +
 * label` of every kept weight as unsigned LEB128 deltas, `weights` the matching int16 values
 * (× `scale`), both base64. No text from the training data is stored, only hashed feature
 * weights.
 */
export interface NerModelFile {
  format: string;
  featureVersion: number;
  hashBits: number;
  labels: string[];
  /** Whether the model was trained with gazetteer features (then the tagger computes them). */
  gazetteer: boolean;
  training: Record<string, string | number>;
  scale: number;
  transitions: number[];
  entryCount: number;
  keys: string;
  weights: string;
}

/** Bytes per table slot: the bucket key (int32), one weight code per label, padding. */
const SLOT_BYTES = 16;
const SLOT_INTS = SLOT_BYTES / 4;
const L = LABEL_COUNT;
const fround = Math.fround;
const RECENT_MASK = 4095;
if (L + 4 > SLOT_BYTES) throw new RangeError(`NER slots hold ${SLOT_BYTES - 4} labels, not ${L}`);

/**
 * A decoded model: kept weights in one open-addressing table whose 16-byte slots hold a bucket
 * and its LABEL_COUNT one-byte weight codes together, four to a cache line; a 1 KB codebook turns
 * codes into weights. A lookup, hit or miss, mostly touches one cache line of a 2 MB table:
 * memory latency, not arithmetic, is what a hashed-feature tagger spends its time on, so the
 * table is kept small and a separate bucket → row index (a second miss) is avoided.
 */
export class NerModel implements NerWeights {
  private readonly mask: number;
  private readonly keys: Int32Array;
  /**
   * One bit per bucket, set when the table holds it: most features of a token have no weight,
   * and this 2^hashBits-bit map (256 KB) answers that from cache where a probe of the 2 MB table
   * would mostly miss it.
   */
  private readonly present: Int32Array;
  /** addBuckets' scratch: the codes of one token's buckets found, LABEL_COUNT each. */
  private staged = new Uint8Array(64 * L);
  /** A small direct-mapped copy of recently used rows, which stays in the CPU's nearest cache. */
  private readonly recentKeys = new Int32Array(RECENT_MASK + 1);
  private readonly recent = new Uint8Array((RECENT_MASK + 1) * L);

  constructor(
    readonly hashBits: number,
    readonly gazetteer: boolean,
    /** SLOT_BYTES per slot: [bucket + 1 as int32 (0 = empty), codes…, padding]. */
    private readonly table: Uint8Array,
    private readonly levels: Float32Array,
    readonly transitions: Float32Array,
  ) {
    this.keys = new Int32Array(table.buffer, table.byteOffset, table.length >> 2);
    this.mask = table.length / SLOT_BYTES - 1;
    this.present = new Int32Array(Math.max(1, 2 ** hashBits / 32));
    for (let i = 0; i < this.keys.length; i += SLOT_INTS) {
      const bucket = this.keys[i]! - 1;
      if (bucket >= 0) this.present[bucket >>> 5]! |= 1 << (bucket & 31);
    }
  }

  addBucket(bucket: number, out: Float32Array, offset: number): void {
    const base = this.slotOf(bucket);
    if (base < 0) return;
    const table = this.table;
    const levels = this.levels;
    for (let l = 0; l < L; l += 1) out[offset + l]! += levels[table[base + l]!]!;
  }

  /**
   * addBucket for buckets[0 .. count) in turn, one label at a time: each label's sum stays in a
   * register (rounded to float32 after every weight, as the array would round it) instead of
   * being loaded and stored once per bucket. Same order of additions, so the same result.
   */
  addBuckets(buckets: Int32Array, count: number, out: Float32Array, offset: number): void {
    if (count * L > this.staged.length) this.staged = new Uint8Array(count * L);
    const staged = this.staged;
    const recentKeys = this.recentKeys;
    const recent = this.recent;
    const table = this.table;
    let found = 0;
    for (let i = 0; i < count; i += 1) {
      const bucket = buckets[i]!;
      if ((this.present[bucket >>> 5]! & (1 << (bucket & 31))) === 0) continue;
      const r = bucket & RECENT_MASK;
      const at = found * L;
      if (recentKeys[r] === bucket + 1) {
        for (let l = 0; l < L; l += 1) staged[at + l] = recent[r * L + l]!;
      } else {
        const base = this.slotOf(bucket);
        if (base < 0) continue;
        recentKeys[r] = bucket + 1;
        for (let l = 0; l < L; l += 1) {
          const code = table[base + l]!;
          staged[at + l] = code;
          recent[r * L + l] = code;
        }
      }
      found += 1;
    }
    if (found === 0) return;
    const levels = this.levels;
    for (let l = 0; l < L; l += 1) {
      let sum = out[offset + l]!;
      for (let j = 0; j < found; j += 1) sum = fround(sum + levels[staged[j * L + l]!]!);
      out[offset + l] = sum;
    }
  }

  /** Where the bucket's weight codes start in the table, or -1 when the model has none. */
  private slotOf(bucket: number): number {
    if ((this.present[bucket >>> 5]! & (1 << (bucket & 31))) === 0) return -1;
    const keys = this.keys;
    const mask = this.mask;
    let slot = (Math.imul(bucket, 0x9e3779b1) >>> 0) & mask;
    for (;;) {
      const key = keys[slot * SLOT_INTS]!;
      if (key === 0) return -1;
      if (key === bucket + 1) return slot * SLOT_BYTES + 4;
      slot = (slot + 1) & mask;
    }
  }

  get rowCount(): number {
    let rows = 0;
    for (let i = 0; i < this.keys.length; i += SLOT_INTS) if (this.keys[i] !== 0) rows += 1;
    return rows;
  }
}

/** Lay rows of codes out in the slot table, load factor ≤ 0.6 so misses stop after a probe or two. */
function buildTable(buckets: readonly number[], codes: Uint8Array): Uint8Array {
  let size = 1;
  while (size * 0.6 < buckets.length) size <<= 1;
  const table = new Uint8Array(size * SLOT_BYTES);
  const keys = new Int32Array(table.buffer);
  buckets.forEach((bucket, row) => {
    let slot = (Math.imul(bucket, 0x9e3779b1) >>> 0) & (size - 1);
    while (keys[slot * SLOT_INTS] !== 0) slot = (slot + 1) & (size - 1);
    keys[slot * SLOT_INTS] = bucket + 1;
    table.set(codes.subarray(row * L, row * L + L), slot * SLOT_BYTES + 4);
  });
  return table;
}

function decodeKeys(base64: string, count: number): Int32Array {
  const bytes = Buffer.from(base64, 'base64');
  const keys = new Int32Array(count);
  let key = 0;
  let at = 0;
  for (let i = 0; i < count; i += 1) {
    let delta = 0;
    let shift = 0;
    for (;;) {
      const byte = bytes[at]!;
      at += 1;
      delta += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) break;
      shift += 7;
    }
    key += delta;
    keys[i] = key;
  }
  return keys;
}

/** Turn the JSON model file into a decoder-ready model; rejects files of another format. */
export function decodeNerModel(file: NerModelFile): NerModel {
  const problem =
    file.format !== NER_MODEL_FORMAT
      ? `format ${NER_MODEL_FORMAT}, found ${String(file.format)}`
      : file.featureVersion !== NER_FEATURE_VERSION
        ? `feature version ${NER_FEATURE_VERSION}, found ${file.featureVersion}`
        : file.labels.join(',') !== LABELS.join(',')
          ? `labels ${LABELS.join(',')}, found ${file.labels.join(',')}`
          : undefined;
  if (problem)
    throw new InvalidInputError(`NER model: expected ${problem}; retrain with npm run train:ner`);
  const keys = decodeKeys(file.keys, file.entryCount);
  // Copied so the Int16Array view starts on an even offset whatever pool Buffer used.
  const values = new Int16Array(Uint8Array.from(Buffer.from(file.weights, 'base64')).buffer);
  const rowOfBucket = new Map<number, number>();
  const buckets: number[] = [];
  for (let i = 0; i < keys.length; i += 1) {
    const bucket = Math.floor(keys[i]! / LABEL_COUNT);
    if (!rowOfBucket.has(bucket)) {
      rowOfBucket.set(bucket, buckets.length);
      buckets.push(bucket);
    }
  }
  const rows = new Int16Array(buckets.length * LABEL_COUNT);
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i]!;
    const row = rowOfBucket.get(Math.floor(key / LABEL_COUNT))!;
    rows[row * LABEL_COUNT + (key % LABEL_COUNT)] = values[i]!;
  }
  const scaled = Float64Array.from(rows, (w) => w * file.scale);
  const { levels, codes } = buildCodebook(scaled);
  return new NerModel(
    file.hashBits,
    file.gazetteer,
    buildTable(buckets, codes),
    levels,
    Float32Array.from(file.transitions),
  );
}

/**
 * Keep the weights whose magnitude reaches `minWeight`, quantised to int16, and write the file.
 */
export function encodeNerModel(
  weights: Float32Array,
  transitions: Float32Array,
  meta: Pick<NerModelFile, 'hashBits' | 'gazetteer' | 'training'>,
  minWeight: number,
): NerModelFile {
  let maxAbs = 0;
  let count = 0;
  for (let i = 0; i < weights.length; i += 1) {
    const a = Math.abs(weights[i]!);
    if (a >= minWeight) {
      count += 1;
      if (a > maxAbs) maxAbs = a;
    }
  }
  const scale = maxAbs / 32767 || 1;
  const keyBytes: number[] = [];
  const values = new Int16Array(count);
  let previous = 0;
  let n = 0;
  for (let i = 0; i < weights.length; i += 1) {
    if (Math.abs(weights[i]!) < minWeight) continue;
    let delta = i - previous;
    previous = i;
    while (delta >= 0x80) {
      keyBytes.push((delta & 0x7f) | 0x80);
      delta = Math.floor(delta / 128);
    }
    keyBytes.push(delta);
    values[n] = Math.round(weights[i]! / scale);
    n += 1;
  }
  return {
    format: NER_MODEL_FORMAT,
    featureVersion: NER_FEATURE_VERSION,
    labels: [...LABELS],
    ...meta,
    scale,
    transitions: Array.from(transitions, (t) => Math.round(t * 1e4) / 1e4),
    entryCount: count,
    keys: Buffer.from(keyBytes).toString('base64'),
    weights: Buffer.from(values.buffer).toString('base64'),
  };
}
