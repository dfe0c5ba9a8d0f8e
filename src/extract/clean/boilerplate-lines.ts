/**
 * Line classifiers for text that surrounds an article on a news page. Each looks at one
 * trimmed line; none scans the whole text, so cleaning stays linear and cheap.
 */

const CREDIT_START =
  /(?:^|(?<=[.!?”"’)]\s*))\(?(?:photo(?:graph)?s?|images?|pictures?|credits?)\s*(?:by\b|:|credit\b|courtesy\b)/i;
const AGENCY_CREDIT =
  /^\(?(?:reuters|ap|afp|getty images|epa|pa|anadolu|xinhua|tass|ria novosti|shutterstock|file photo)(?:\s*\/\s*[\w .]+)?\)?\.?$/i;
const WIKIMEDIA_CREDIT = /\bvia wikimedia commons\.?$/i;

/**
 * A word CREDIT_START needs: a cheap scan that spares the lines without one (nearly all) the
 * look-behind CREDIT_START tries at every position.
 */
const CREDIT_WORD = /photo|image|picture|credit/i;

/** Split a trailing photo credit off a line: "…on May 8.Photo by X, via Wikimedia Commons." */
export function splitPhotoCredit(line: string): { before: string; credit: string } | undefined {
  const m = CREDIT_WORD.test(line) ? CREDIT_START.exec(line) : null;
  if (m) return { before: line.slice(0, m.index).trim(), credit: line.slice(m.index).trim() };
  if (AGENCY_CREDIT.test(line)) return { before: '', credit: line };
  if (WIKIMEDIA_CREDIT.test(line) && wordCount(line, 20) <= 20) return { before: '', credit: line };
  return undefined;
}

const SHARE_LINE =
  /^(?:share(?: this)?(?: article| story| on \w+)?|subscribe(?: now| to [\w ]+)?|follow us(?: on [\w ,]+)?|sign up[\w ,]*|advertisement|advertising|tweet|email|print|copy link|read more|click here[\w ]*|listen to (?:this )?article|comments?)[.!:]?$/i;

export function isShareLine(line: string): boolean {
  return wordCount(line, 10) <= 10 && SHARE_LINE.test(line);
}

const RELATED_HEADER =
  /^(?:related(?: stories| articles| news| content| coverage| reading)?|more stories|more on this story|more from [\w ]+|read (?:more|also|next)|you may also like|recommended(?: for you)?|also read|see also|top stories|most read)[:.]?$/i;
const NO_STORIES = /^no (?:stories|articles|results|posts) found\.?$/i;

export function isRelatedHeader(line: string): boolean {
  return RELATED_HEADER.test(line);
}

export function isNoStoriesLine(line: string): boolean {
  return NO_STORIES.test(line);
}

const DOMAIN_LINE = /^(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})\/?$/i;
const COPYRIGHT_LINE = /^(?:©|\(c\)|copyright\b)|all rights reserved\.?$/i;

/** The registrable name of a domain line ("interbellumnews" for "interbellumnews.com"), if any. */
export function domainLabel(line: string): string | undefined {
  const m = DOMAIN_LINE.exec(line);
  if (!m) return undefined;
  const parts = (m[1] as string).toLowerCase().split('.');
  return parts.length >= 2 ? parts[parts.length - 2] : undefined;
}

export function isCopyrightLine(line: string): boolean {
  return COPYRIGHT_LINE.test(line);
}

/** Letters and digits only, lower-cased: "Inter Bellum News" and "interbellumnews" compare equal. */
export function compactName(line: string): string {
  return line.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

const SMALL_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'but',
  'by',
  'for',
  'from',
  'in',
  'into',
  'nor',
  'of',
  'on',
  'or',
  'over',
  'the',
  'to',
  'up',
  'with',
  'vs',
  'via',
  'amid',
  'after',
  'before',
  'against',
]);

/**
 * A headline: short, no sentence-final punctuation, starts with a capital and capitalises most
 * of its non-small words ("Xi Jinping Backs Russia Against Western ‘Bullying’ at Moscow WWII
 * Event"). A standfirst ("Chinese leader’s visit underscores deepening ties …") is not one.
 */
export function isHeadlineLike(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => w !== '');
  if (words.length === 0 || words.length > 16) return false;
  if (/[.!?:;,]["”’]?$/.test(line)) return false;
  if (!/^[‘“"'(]?\p{Lu}|^\p{N}/u.test(line)) return false;
  let content = 0;
  let capitalised = 0;
  for (const raw of words) {
    const w = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (w === '' || SMALL_WORDS.has(w.toLowerCase())) continue;
    content += 1;
    if (/^[\p{Lu}\p{N}]/u.test(w)) capitalised += 1;
  }
  return content > 0 && capitalised / content >= 0.75;
}

/**
 * The words of a line, counted up to `limit + 1`: the cleaners ask whether a line is short, and
 * most lines are paragraphs whose every character they would otherwise scan, three times over.
 */
export function wordCount(line: string, limit = Infinity): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < line.length && n <= limit; i += 1) {
    const space = line.charCodeAt(i) <= 32;
    if (!space && !inWord) n += 1;
    inWord = !space;
  }
  return n;
}
