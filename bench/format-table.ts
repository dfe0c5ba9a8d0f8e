import type { Figure, Verdict } from './figure';
import { describeTarget, formatNumber, verdict } from './figure';

const HEADERS = ['section', 'figure', 'value', 'target', 'verdict', 'note'] as const;

/**
 * The figures as a plain-text table, columns padded to their widest cell, so it reads the same
 * in a terminal, a CI log and a pasted issue comment.
 */
export function formatTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    f.section,
    f.name,
    f.value === null ? '—' : `${formatNumber(f.value)} ${f.unit}`,
    describeTarget(f.target, f.unit),
    verdict(f),
    f.note ?? '',
  ]);
  const widths = HEADERS.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(HEADERS), rule, ...rows.map(line)].join('\n') + '\n';
}

/** The machine-readable form of the same table: every figure with its verdict. */
export function figuresAsJson<TContext extends object>(
  figures: readonly Figure[],
  context: TContext,
): TContext & { figures: (Figure & { verdict: Verdict })[] } {
  return {
    ...context,
    figures: figures.map((f) => ({ ...f, verdict: verdict(f) })),
  };
}
