import type { Span } from '../../model/extraction';

/**
 * The non-empty lines of a text, trimmed, with their offsets. Cleaned text puts each paragraph
 * on its own line, and the quote layouts of news pages are defined by lines.
 */
export function paragraphsOf(text: string): Span[] {
  const out: Span[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && /\s/.test(text[start] as string)) start += 1;
    while (end > start && /\s/.test(text[end - 1] as string)) end -= 1;
    if (end > start) out.push({ start, end });
    lineStart = lineEnd + 1;
  }
  return out;
}
