/**
 * One measured figure of the benchmark table, with the target it is held to when it has one.
 * Benchmarks produce figures; run.ts prints them as a table or one JSON document.
 */
export type Target = { atLeast: number } | { below: number };

export type Verdict = 'pass' | 'fail' | 'n/a' | 'pending';

export interface Figure {
  section: 'extraction' | 'ingest' | 'api';
  name: string;
  /** null when the figure could not be measured in this run (see note). */
  value: number | null;
  unit: string;
  target?: Target;
  /** Context that changes how to read the number: sample size, what was skipped, why. */
  note?: string;
}

export function verdict(figure: Figure): Verdict {
  if (figure.value === null) return 'pending';
  if (!figure.target) return 'n/a';
  if ('atLeast' in figure.target) return figure.value >= figure.target.atLeast ? 'pass' : 'fail';
  return figure.value < figure.target.below ? 'pass' : 'fail';
}

export function describeTarget(target: Target | undefined, unit: string): string {
  if (!target) return '';
  return 'atLeast' in target
    ? `≥ ${formatNumber(target.atLeast)} ${unit}`
    : `< ${formatNumber(target.below)} ${unit}`;
}

/** Thousands separators for large numbers, two significant decimals for small ones. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  return value.toLocaleString('en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}
