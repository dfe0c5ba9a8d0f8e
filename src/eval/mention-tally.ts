import { addCounts, scoresFrom, type Counts, type Scores } from './precision-recall';

/** A typed mention by position: CoNLL token indices or character offsets, end exclusive. */
export interface TypedSpan {
  type: string;
  start: number;
  end: number;
}

/**
 * Mention-level exact-match counting, as conlleval does: a predicted mention counts only if a
 * gold mention has the same type and the same boundaries.
 */
export class MentionTally {
  private readonly counts = new Map<string, Counts>();

  /** Score one document's mentions. Duplicated predictions count once. */
  add(gold: readonly TypedSpan[], predicted: readonly TypedSpan[]): void {
    const key = (s: TypedSpan): string => `${s.type}\u0000${s.start}\u0000${s.end}`;
    const goldKeys = new Set(gold.map(key));
    const predictedKeys = new Set(predicted.map(key));
    for (const s of gold) this.bump(s.type, predictedKeys.has(key(s)) ? 'tp' : 'fn');
    const seen = new Set<string>();
    for (const s of predicted) {
      const k = key(s);
      if (seen.has(k)) continue;
      seen.add(k);
      if (!goldKeys.has(k)) this.bump(s.type, 'fp');
    }
  }

  scores(type: string): Scores {
    return scoresFrom(this.counts.get(type) ?? { tp: 0, fp: 0, fn: 0 });
  }

  /** Micro-averaged over the given types. */
  overall(types: readonly string[]): Scores {
    let total: Counts = { tp: 0, fp: 0, fn: 0 };
    for (const t of types) total = addCounts(total, this.counts.get(t) ?? { tp: 0, fp: 0, fn: 0 });
    return scoresFrom(total);
  }

  private bump(type: string, field: keyof Counts): void {
    const c = this.counts.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    c[field] += 1;
    this.counts.set(type, c);
  }
}
