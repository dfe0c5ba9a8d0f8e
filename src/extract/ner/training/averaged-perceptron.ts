import { LABEL_COUNT } from '../labels';
import type { FeatureRows } from '../token-features';
import { START_ROW, type NerWeights } from '../weights';

const L = LABEL_COUNT;

/**
 * A structured perceptron with weight averaging (Collins 2002), using the lazy trick: keep the
 * running weights w and u = Σ step·Δ; the average after `step` steps is w − u/step.
 */
export class AveragedPerceptron implements NerWeights {
  readonly weights: Float32Array;
  readonly transitions = new Float32Array((L + 1) * L);
  private readonly totals: Float64Array;
  private readonly transitionTotals = new Float64Array((L + 1) * L);
  private step = 1;

  constructor(readonly hashBits: number) {
    this.weights = new Float32Array((1 << hashBits) * L);
    this.totals = new Float64Array((1 << hashBits) * L);
  }

  addBucket(bucket: number, out: Float32Array, offset: number): void {
    const base = bucket * L;
    for (let l = 0; l < L; l += 1) out[offset + l]! += this.weights[base + l]!;
  }

  /** Move weights towards the gold sequence and away from the predicted one, where they differ. */
  update(rows: FeatureRows, first: number, gold: Int32Array, predicted: Int32Array): void {
    for (let i = 0; i < gold.length; i += 1) {
      const g = gold[i]!;
      const p = predicted[i]!;
      const gPrev = i === 0 ? START_ROW : gold[i - 1]!;
      const pPrev = i === 0 ? START_ROW : predicted[i - 1]!;
      if (g !== p) {
        const t = first + i;
        for (let f = rows.offsets[t]!; f < rows.offsets[t + 1]!; f += 1) {
          const base = rows.buckets[f]! * L;
          this.bump(base + g, 1);
          this.bump(base + p, -1);
        }
      }
      if (g !== p || gPrev !== pPrev) {
        this.bumpTransition(gPrev * L + g, 1);
        this.bumpTransition(pPrev * L + p, -1);
      }
    }
  }

  /** Call once per training example, after `update`. */
  tick(): void {
    this.step += 1;
  }

  /** The averaged weights (a copy; training can go on). */
  averaged(): { weights: Float32Array; transitions: Float32Array } {
    const weights = new Float32Array(this.weights.length);
    for (let i = 0; i < weights.length; i += 1) {
      weights[i] = this.weights[i]! - this.totals[i]! / this.step;
    }
    const transitions = new Float32Array(this.transitions.length);
    for (let i = 0; i < transitions.length; i += 1) {
      transitions[i] = this.transitions[i]! - this.transitionTotals[i]! / this.step;
    }
    return { weights, transitions };
  }

  private bump(index: number, delta: number): void {
    this.weights[index]! += delta;
    this.totals[index]! += this.step * delta;
  }

  private bumpTransition(index: number, delta: number): void {
    this.transitions[index]! += delta;
    this.transitionTotals[index]! += this.step * delta;
  }
}

/** Dense weights as NerWeights, for decoding with an averaged snapshot during training. */
export class DenseWeights implements NerWeights {
  constructor(
    readonly weights: Float32Array,
    readonly transitions: Float32Array,
  ) {}

  addBucket(bucket: number, out: Float32Array, offset: number): void {
    const base = bucket * L;
    for (let l = 0; l < L; l += 1) out[offset + l]! += this.weights[base + l]!;
  }
}
