import type { Span } from '../../model/extraction';

export interface QuotedSpan {
  /** Offset of the opening mark, or undefined when the paragraph lacks one (a typo news has). */
  open?: number;
  /** Offset of the closing mark; for a part continued by the next one, the end of its words. */
  close: number;
  /** The words inside the marks, trimmed of spaces and a trailing comma. */
  content: Span;
  /**
   * Which quotation the span belongs to (the offset of its first opening mark). News sets a quotation of several paragraphs with an opening mark on each paragraph and a
   * closing mark only on the last; each paragraph is one span, all with the same quotation.
   */
  quotation: number;
  /** The part ends without a closing mark of its own: the quotation goes on in the next span. */
  continued?: true;
}

const OPENING = new Set(['“', '„', '«']);
const CLOSING = new Set(['”', '»']);
const OPEN_CONTEXT = /[\s([{—–-]/;
/** A mark after a finished sentence and a space, before a word: a new paragraph of the quote. */
const SENTENCE_END = /[.?!]$/;

interface Open {
  at: number;
  quotation: number;
}

/**
 * The quoted passages in each paragraph. Typographic marks pair up directly; a straight `"` opens
 * after a space or the paragraph start and closes otherwise. A closing mark with no opening one
 * before it in its paragraph yields a span from the paragraph start, for the attribution rules to
 * accept or reject.
 *
 * Quotations of several paragraphs: an opening mark that follows a finished sentence while a
 * quote is open (`…experience. "Six men…` — the BBC's texts join a quote's paragraphs on one
 * line) starts the next part of the same quotation; so does a paragraph opening with a mark
 * after a paragraph whose quote was left open. A quote left open with nothing continuing it is
 * dropped, as before: its end is unknown.
 */
export function findQuotedSpans(text: string, paragraphs: readonly Span[]): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let carried: Open | undefined;
  for (const p of paragraphs) {
    let open: Open | undefined;
    if (carried && isMark(text[p.start] as string)) {
      open = { at: p.start, quotation: carried.quotation };
    } else if (carried) {
      dropOpenQuotation(out, carried.quotation);
    }
    carried = undefined;
    let sawAnyMark = open !== undefined;
    for (let i = open ? p.start + 1 : p.start; i < p.end; i += 1) {
      if (!mayBeMark(text.charCodeAt(i))) continue;
      const ch = text[i] as string;
      if (open && isMark(ch) && continuesQuotation(text, i, open.at)) {
        pushPart(out, text, open, i - 1);
        open = { at: i, quotation: open.quotation };
        continue;
      }
      const isStraight = ch === '"';
      const opens =
        OPENING.has(ch) || (isStraight && open === undefined && opensAt(text, i, p.start));
      const closes = CLOSING.has(ch) || (isStraight && !opens);
      if (opens && open === undefined) {
        open = { at: i, quotation: i };
        sawAnyMark = true;
      } else if (closes) {
        if (open !== undefined) push(out, span(text, open.at + 1, i, open.at, open.quotation));
        else if (!sawAnyMark) push(out, span(text, p.start, i, undefined, i));
        open = undefined;
        sawAnyMark = true;
      }
    }
    if (open) {
      pushPart(out, text, open, p.end);
      carried = open;
    }
  }
  if (carried) dropOpenQuotation(out, carried.quotation);
  return out;
}

/**
 * Whether a UTF-16 code unit is one of the marks above (", “, „, «, ”, »): every other character
 * leaves the scan's state as it is, so the scan skips it without building a one-letter string.
 */
function mayBeMark(code: number): boolean {
  return code === 34 || code === 0xab || code === 0xbb || (code >= 0x201c && code <= 0x201e);
}

function isMark(ch: string): boolean {
  return ch === '"' || OPENING.has(ch);
}

/** `…experience. "Six`: space before, a finished sentence before that, a word after. */
function continuesQuotation(text: string, i: number, openAt: number): boolean {
  if (!/\s/.test(text[i - 1] ?? '')) return false;
  if (!/[\p{L}\p{N}‘'(]/u.test(text[i + 1] ?? '')) return false;
  return SENTENCE_END.test(text.slice(openAt + 1, i).trimEnd());
}

function pushPart(out: QuotedSpan[], text: string, open: Open, end: number): void {
  push(out, { ...span(text, open.at + 1, end, open.at, open.quotation), continued: true });
}

/** Keep spans with words in them. */
function push(out: QuotedSpan[], s: QuotedSpan): void {
  if (s.content.end > s.content.start) out.push(s);
}

/** A quotation that never closes: its parts are not quotes we can bound or attribute. */
function dropOpenQuotation(out: QuotedSpan[], quotation: number): void {
  while (out.length > 0 && out[out.length - 1]?.quotation === quotation) out.pop();
}

function opensAt(text: string, i: number, paragraphStart: number): boolean {
  return i === paragraphStart || OPEN_CONTEXT.test(text[i - 1] as string);
}

function span(
  text: string,
  from: number,
  close: number,
  open: number | undefined,
  quotation: number,
): QuotedSpan {
  let start = from;
  let end = close;
  while (start < end && /\s/.test(text[start] as string)) start += 1;
  while (end > start && /[\s,]/.test(text[end - 1] as string)) end -= 1;
  return { close, content: { start, end }, quotation, ...(open !== undefined ? { open } : {}) };
}
