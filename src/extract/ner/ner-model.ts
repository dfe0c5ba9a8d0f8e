import { InvalidInputError } from '../../errors';
import { LABEL_COUNT, LABELS } from './labels';
import { NER_FEATURE_VERSION } from './token-features';
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

/**
 * A decoded model. Kept weights live in a small open-addressing table (bucket → row) and int16
 * rows of LABEL_COUNT weights: the whole model stays a few MB, so lookups mostly hit the CPU
 * caches — memory latency, not arithmetic, is what a hashed-feature tagger spends its time on.
 */
export class NerModel implements NerWeights {
  private readonly mask: number;

  constructor(
    readonly hashBits: number,
    readonly gazetteer: boolean,
    /** Pairs [bucket + 1, row] per slot; 0 marks an empty slot. */
    private readonly slots: Int32Array,
    private readonly rows: Int16Array,
    private readonly scale: number,
    readonly transitions: Float32Array,
  ) {
    this.mask = (slots.length >> 1) - 1;
  }

  addBucket(bucket: number, out: Float32Array, offset: number): void {
    let slot = Math.imul(bucket, 0x9e3779b1) >>> 0;
    for (;;) {
      slot &= this.mask;
      const key = this.slots[slot << 1]!;
      if (key === 0) return;
      if (key === bucket + 1) break;
      slot += 1;
    }
    const base = this.slots[(slot << 1) + 1]! * LABEL_COUNT;
    const scale = this.scale;
    for (let l = 0; l < LABEL_COUNT; l += 1) out[offset + l]! += this.rows[base + l]! * scale;
  }

  get rowCount(): number {
    return this.rows.length / LABEL_COUNT;
  }
}

function buildSlots(buckets: readonly number[]): Int32Array {
  let size = 1;
  while (size < buckets.length * 2) size <<= 1;
  const slots = new Int32Array(size * 2);
  buckets.forEach((bucket, row) => {
    let slot = Math.imul(bucket, 0x9e3779b1) >>> 0;
    for (;;) {
      slot &= size - 1;
      if (slots[slot << 1] === 0) break;
      slot += 1;
    }
    slots[slot << 1] = bucket + 1;
    slots[(slot << 1) + 1] = row;
  });
  return slots;
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
  return new NerModel(
    file.hashBits,
    file.gazetteer,
    buildSlots(buckets),
    rows,
    file.scale,
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
