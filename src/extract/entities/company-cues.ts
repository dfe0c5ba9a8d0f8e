import type { Gazetteer } from '../gazetteer';
import type { NerSpan } from '../ner';
import type { AnalysedText, Token } from '../nlp';
import { isApostropheS, tokenWords } from './token-predicates';

/** What only a company has, after its name or its possessive: "Yahoo's profits", "Nintendo shares". */
const COMPANY_NOUNS = new Set([
  'shares',
  'shareholders',
  'profits',
  'profit',
  'revenue',
  'revenues',
  'turnover',
  'subsidiary',
  'subsidiaries',
  'takeover',
]);

/** Of those, what a person's name can own too. */
const EARNINGS = new Set(['profits', 'profit', 'revenue', 'revenues', 'turnover']);

/** Words before a name that make it a company: "shares in Yahoo", "a stake in Wal-Mart". */
const COMPANY_BEFORE = new Set([
  'shares in',
  'stake in',
  'shareholders in',
  'shareholder in',
  'takeover of',
]);

/**
 * The tagger's people and places that the article shows to be companies ("Yahoo's profits",
 * "shares in Wal-Mart", "Nintendo shares"), with every span of the same name in the article,
 * become organisations: one sense per article. A name the gazetteer knows is left to it.
 */
export function withCompanyCues(
  a: AnalysedText,
  spans: readonly NerSpan[],
  gazetteer: Gazetteer,
): NerSpan[] {
  const companies = new Set<string>();
  for (const span of spans) {
    if (span.type !== 'PER' && span.type !== 'LOC') continue;
    if (!hasCompanyCue(a.tokens, span, span.type === 'PER')) continue;
    const name = nameOf(a.tokens, span);
    if (gazetteer.lookupName(name).length === 0) companies.add(name);
  }
  if (companies.size === 0) return spans as NerSpan[];
  return spans.map((span) =>
    (span.type === 'PER' || span.type === 'LOC') && companies.has(nameOf(a.tokens, span))
      ? { ...span, type: 'ORG' }
      : span,
  );
}

function nameOf(tokens: readonly Token[], span: NerSpan): string {
  return tokenWords(tokens, span.firstToken, span.endToken);
}

/**
 * "shares in X", "a stake in X"; for a person also what follows its name ("Nintendo's profits",
 * "Vodafone shares"), which after a place can be the place's market ("Wall Street revenue
 * expectations", "Europe's profits").
 */
function hasCompanyCue(tokens: readonly Token[], span: NerSpan, withFollowers: boolean): boolean {
  const sentence = tokens[span.firstToken]?.sentence;
  const word = (i: number): string =>
    tokens[i]?.sentence === sentence ? (tokens[i] as Token).value.toLowerCase() : '';
  const after = span.endToken;
  // "a stake in Europe's biggest brewer": the stake is in what the name owns.
  const possessive = word(after) !== '' && isApostropheS(tokens[after]);
  if (
    !possessive &&
    COMPANY_BEFORE.has(`${word(span.firstToken - 2)} ${word(span.firstToken - 1)}`)
  )
    return true;
  if (!withFollowers) return false;
  if (!possessive) return COMPANY_NOUNS.has(word(after));
  // A person's name can own earnings ("Jon Kell's revenue"), not shares or subsidiaries.
  const noun = word(after + 1);
  const oneWord = span.endToken - span.firstToken === 1;
  return COMPANY_NOUNS.has(noun) && (oneWord || !EARNINGS.has(noun));
}
