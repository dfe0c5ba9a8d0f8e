import type { NerSpan } from '../ner';
import type { AnalysedText, Token } from '../nlp';
import { isApostropheS, tokenWords } from './token-predicates';

/**
 * Words that introduce the title of a work right before it: "the film Vera Drake", "movie The
 * Aviator", "comedy Sideways", "her album Ray". ("single" and "hit" are left out: "a single
 * Chelsea goal", "hit Chelsea".)
 */
const WORK_BEFORE = new Set([
  'film',
  'films',
  'movie',
  'movies',
  'drama',
  'comedy',
  'thriller',
  'biopic',
  'blockbuster',
  'documentary',
  'sequel',
  'musical',
  'novel',
  'album',
  'sitcom',
  'animation',
]);

/**
 * Words after a title that only a work has: "The Aviator's soundtrack", "the Shrek sequel".
 * ("star", "co-star", "director" and "producer" are left out: "Chelsea star Frank Lampard",
 * "Davis's co-star", "BBC director".)
 */
const WORK_AFTER = new Set(['premiere', 'sequel', 'soundtrack', 'screenplay', 'trailer', 'remake']);

/**
 * The tagger's spans minus the titles of films, albums and books, which are none of the graph's
 * types and which it reads as people or organisations ("Vera Drake", "The Aviator"). A title is
 * known by a word that introduces it or that only a work has, next to one of its spans; then
 * every span of the article with the same name goes (one sense per article: "Oscar hopefuls
 * The Aviator and Sideways" is the same film as "the movie The Aviator").
 */
export function withoutWorkTitles(a: AnalysedText, spans: readonly NerSpan[]): NerSpan[] {
  const works = new Set<string>();
  for (const span of spans) if (hasWorkCue(a.tokens, span)) works.add(titleOf(a.tokens, span));
  if (works.size === 0) return spans as NerSpan[];
  return spans.filter((span) => !works.has(titleOf(a.tokens, span)));
}

/** The span's words without a leading "The": "The Aviator" and "Aviator" are one title. */
function titleOf(tokens: readonly Token[], span: NerSpan): string {
  const { firstToken, endToken } = span;
  const first =
    endToken - firstToken > 1 && tokens[firstToken]?.value === 'The' ? firstToken + 1 : firstToken;
  return tokenWords(tokens, first, endToken);
}

function hasWorkCue(tokens: readonly Token[], span: NerSpan): boolean {
  const sentence = tokens[span.firstToken]?.sentence;
  let before = span.firstToken - 1;
  if (tokens[before]?.value === 'The') before -= 1;
  const cue = tokens[before];
  if (cue !== undefined && cue.sentence === sentence && WORK_BEFORE.has(cue.value.toLowerCase()))
    return true;
  let after = span.endToken;
  if (isApostropheS(tokens[after])) after += 1;
  const next = tokens[after];
  return (
    next !== undefined && next.sentence === sentence && WORK_AFTER.has(next.value.toLowerCase())
  );
}
