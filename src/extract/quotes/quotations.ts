import type { Attribution } from './speaker-context';
import type { QuotedSpan } from './quoted-spans';

/** One quotation: its parts (one per paragraph it runs over) and, once found, its speaker. */
export interface Quotation {
  parts: readonly QuotedSpan[];
  attribution?: Attribution;
}

/** Group quoted spans, in text order, into quotations. */
export function groupQuotations(spans: readonly QuotedSpan[]): Quotation[] {
  const out: Quotation[] = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    if (last && last.parts[0]?.quotation === span.quotation) {
      last.parts = [...last.parts, span];
    } else out.push({ parts: [span] });
  }
  return out;
}

export function firstPart(q: Quotation): QuotedSpan {
  return q.parts[0] as QuotedSpan;
}

export function lastPart(q: Quotation): QuotedSpan {
  return q.parts[q.parts.length - 1] as QuotedSpan;
}
