import type { ArticleInput } from '../../model/article-input';
import { assembleParagraphs, normaliseLine } from './assemble-paragraphs';
import { isHeadlineLike } from './boilerplate-lines';
import { htmlToParagraphs } from './html-to-paragraphs';
import type { Line } from './remove-boilerplate';
import { removeBoilerplate } from './remove-boilerplate';
import type { CleanedArticle, RemovedText } from './removed-text';

/**
 * Reduce an article to its own text: HTML to its main content, then boilerplate lines out
 * (captions, photo credits, related stories, share lines, site footers), paragraphs joined by
 * "\n\n". The title is the input's when given; for text and HTML without one, a headline-like
 * first line becomes the title and leaves the text (the standfirst after it stays).
 *
 * @example
 * const { title, text } = cleanArticle({ text: raw });
 */
export function cleanArticle(input: ArticleInput): CleanedArticle {
  const removed: RemovedText[] = [];
  let title = input.title?.trim() || undefined;
  let rawLines: string[];
  if (input.html !== undefined && input.text === undefined) {
    const html = htmlToParagraphs(input.html);
    removed.push(...html.removed);
    title ??= html.title;
    rawLines = html.paragraphs.flatMap((p) => [p, '']);
  } else {
    rawLines = (input.text ?? '').split(/\r\n?|\n|\u2028|\u2029/);
  }
  const lines: Line[] = rawLines.map((l) => ({ text: normaliseLine(l) }));
  removed.push(...removeBoilerplate(lines, input.source));

  const first = firstKeptLine(lines);
  if (first) {
    if (title !== undefined && sameText(first.text, title)) {
      first.removed = 'title';
      removed.push({ kind: 'title', text: first.text });
    } else if (title === undefined && isHeadlineLike(first.text) && hasTextAfter(lines, first)) {
      title = first.text;
      first.removed = 'title';
      removed.push({ kind: 'title', text: first.text });
    }
  }
  const text = assembleParagraphs(lines);
  return title === undefined ? { text, removed } : { title, text, removed };
}

function firstKeptLine(lines: readonly Line[]): Line | undefined {
  return lines.find((l) => !l.removed && l.text !== '');
}

function hasTextAfter(lines: readonly Line[], line: Line): boolean {
  const i = lines.indexOf(line);
  return lines.slice(i + 1).some((l) => !l.removed && l.text !== '');
}

function sameText(a: string, b: string): boolean {
  const squash = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return squash(a) === squash(b);
}
