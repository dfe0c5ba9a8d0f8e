import type { Span } from '../../model/extraction';

export interface QuotedSpan {
  /** Offset of the opening mark, or undefined when the paragraph lacks one (a typo news has). */
  open?: number;
  /** Offset of the closing mark. */
  close: number;
  /** The words inside the marks, trimmed of spaces and a trailing comma. */
  content: Span;
}

const OPENING = new Set(['“', '„', '«']);
const CLOSING = new Set(['”', '»']);
const OPEN_CONTEXT = /[\s([{—–-]/;

/**
 * The quoted passages in each paragraph. Typographic marks pair up directly; a straight `"` opens
 * after a space or the paragraph start and closes otherwise. A closing mark with no opening one
 * before it in its paragraph yields a span from the paragraph start, for the attribution rules to
 * accept or reject. Unclosed openings (quotes continued in the next paragraph) are left out.
 */
export function findQuotedSpans(text: string, paragraphs: readonly Span[]): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  for (const p of paragraphs) {
    let open: number | undefined;
    let sawAnyMark = false;
    for (let i = p.start; i < p.end; i += 1) {
      const ch = text[i] as string;
      const isStraight = ch === '"';
      const opens =
        OPENING.has(ch) || (isStraight && open === undefined && opensAt(text, i, p.start));
      const closes = CLOSING.has(ch) || (isStraight && !opens);
      if (opens && open === undefined) {
        open = i;
        sawAnyMark = true;
      } else if (closes) {
        if (open !== undefined) out.push(span(text, open + 1, i, open));
        else if (!sawAnyMark) out.push(span(text, p.start, i, undefined));
        open = undefined;
        sawAnyMark = true;
      }
    }
  }
  return out.filter((q) => q.content.end > q.content.start);
}

function opensAt(text: string, i: number, paragraphStart: number): boolean {
  return i === paragraphStart || OPEN_CONTEXT.test(text[i - 1] as string);
}

function span(text: string, from: number, close: number, open: number | undefined): QuotedSpan {
  let start = from;
  let end = close;
  while (start < end && /\s/.test(text[start] as string)) start += 1;
  while (end > start && /[\s,]/.test(text[end - 1] as string)) end -= 1;
  return open === undefined
    ? { close, content: { start, end } }
    : { open, close, content: { start, end } };
}
