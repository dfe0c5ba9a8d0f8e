import {
  compactName,
  domainLabel,
  isCopyrightLine,
  isHeadlineLike,
  isNoStoriesLine,
  isRelatedHeader,
  isShareLine,
  splitPhotoCredit,
  wordCount,
} from './boilerplate-lines';
import type { RemovedKind, RemovedText } from './removed-text';

/** A line of the input; `text` is '' for a blank line (a paragraph break). */
export interface Line {
  text: string;
  removed?: RemovedKind;
}

/** Lines shorter than this that repeat are left alone: "Analysis" twice is not a caption. */
const MIN_CAPTION_WORDS = 4;

/**
 * Mark the lines that are not the article: photo credits, repeated captions (and lines that
 * repeat a caption once its credit is cut off), related-story blocks with the headlines around
 * them, share lines, site-name and domain footers. Mutates `lines`; returns what it removed.
 */
export function removeBoilerplate(lines: Line[], source?: string): RemovedText[] {
  const removed: RemovedText[] = [];
  const mark = (line: Line, kind: RemovedKind, text = line.text): void => {
    if (line.removed) return;
    line.removed = kind;
    removed.push({ kind, text });
  };

  const captions = repeatedLines(lines);
  for (const line of lines) {
    if (line.text === '') continue;
    const credit = splitPhotoCredit(line.text);
    if (credit) {
      removed.push({ kind: 'photo-credit', text: credit.credit });
      line.text = credit.before;
      if (line.text === '') line.removed = 'photo-credit';
    }
    if (line.text !== '' && captions.has(line.text)) mark(line, 'caption');
  }

  const siteNames = new Set<string>();
  if (source) siteNames.add(compactName(source));
  for (const line of lines) {
    const label = line.removed ? undefined : domainLabel(line.text);
    if (label) {
      siteNames.add(label);
      mark(line, 'site-footer');
    }
  }
  for (const line of lines) {
    if (line.removed || line.text === '') continue;
    if (isShareLine(line.text)) mark(line, 'share-line');
    else if (isCopyrightLine(line.text)) mark(line, 'site-footer');
    else if (wordCount(line.text, 6) <= 6 && siteNames.has(compactName(line.text))) {
      mark(line, 'site-footer');
    }
  }

  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as Line;
    if (line.removed || !(isRelatedHeader(line.text) || isNoStoriesLine(line.text))) continue;
    mark(line, 'related-stories');
    removeRelatedHeadlines(lines, i, -1, mark);
    removeRelatedHeadlines(lines, i, +1, mark);
  }
  return removed;
}

/** Walk away from a related-stories marker, taking headlines until the article's prose. */
function removeRelatedHeadlines(
  lines: Line[],
  from: number,
  step: 1 | -1,
  mark: (line: Line, kind: RemovedKind) => void,
): void {
  for (let j = from + step; j >= 0 && j < lines.length; j += step) {
    const line = lines[j] as Line;
    if (line.text === '' || line.removed) continue;
    if (isHeadlineLike(line.text) || isNoStoriesLine(line.text) || isRelatedHeader(line.text)) {
      mark(line, 'related-stories');
      continue;
    }
    return;
  }
}

/** Lines that occur more than once: on a news page that is a caption or a widget, not prose. */
function repeatedLines(lines: readonly Line[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const { text } of lines) {
    if (text === '' || wordCount(text, MIN_CAPTION_WORDS) < MIN_CAPTION_WORDS) continue;
    if (seen.has(text)) repeated.add(text);
    else seen.add(text);
  }
  // A caption that reappears glued to its credit repeats only once the credit is cut off.
  for (const { text } of lines) {
    const credit = splitPhotoCredit(text);
    if (credit && credit.before !== '' && seen.has(credit.before)) repeated.add(credit.before);
  }
  return repeated;
}
