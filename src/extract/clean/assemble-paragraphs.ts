import type { Line } from './remove-boilerplate';

/**
 * Join the kept lines into paragraphs separated by "\n\n". A blank line ends a paragraph, and so
 * does a line break after complete text; a break inside a sentence (the line does not end in
 * punctuation and the next starts lower-case) is a hard wrap and becomes a space.
 */
export function assembleParagraphs(lines: readonly Line[]): string {
  const paragraphs: string[] = [];
  let current = '';
  for (const line of lines) {
    if (line.removed) continue;
    if (line.text === '') {
      if (current !== '') paragraphs.push(current);
      current = '';
      continue;
    }
    if (current === '') current = line.text;
    else if (isHardWrap(current, line.text)) current += ` ${line.text}`;
    else {
      paragraphs.push(current);
      current = line.text;
    }
  }
  if (current !== '') paragraphs.push(current);
  return paragraphs.join('\n\n');
}

function isHardWrap(previous: string, next: string): boolean {
  return !/[.!?:;"”’)\]]$/.test(previous) && /^[\p{Ll}\p{N}(,]/u.test(next);
}

/** Trim, turn no-break and other odd spaces into plain spaces, collapse runs of spaces. */
export function normaliseLine(line: string): string {
  return line
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v]/g, ' ')
    .replace(/\u200b|\u200c|\u200d|\ufeff/g, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}
