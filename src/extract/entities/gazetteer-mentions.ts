import type { Gazetteer, GazetteerHit, GazetteerMatch } from '../gazetteer';
import { findGazetteerMatches } from '../gazetteer';
import type { AnalysedText, Token } from '../nlp';
import { isActorUse } from './metonymy';
import type { RawMention } from './raw-mention';
import { followsLetterHyphen, isCapitalisedWord, tokenText } from './token-predicates';

const TYPE_PRIORITY = ['Person', 'Organization', 'Event', 'Project', 'Country', 'Location'];

/**
 * Turn gazetteer matches into mentions, choosing among the hits of one span: a capital is its
 * country when used as an actor and the city otherwise (the other is kept as a candidate); a
 * demonym mentions its country with lower confidence; a city name glued to other capitalised
 * words ("New York Times", "Jackson Pollock") is left for the patterns and the tagger.
 */
export function gazetteerMentions(gazetteer: Gazetteer, a: AnalysedText): RawMention[] {
  const out: RawMention[] = [];
  for (const match of findGazetteerMatches(gazetteer, a.tokens)) {
    const m = mentionOf(match, a);
    if (m) out.push(m);
  }
  return out;
}

function mentionOf(match: GazetteerMatch, a: AnalysedText): RawMention | undefined {
  const { endToken } = match;
  // "the Netherlands", "the Fed": the article is the gazetteer's, not part of the name
  // mentioned ("The Hague", capitalised, keeps it).
  const firstToken =
    a.tokens[match.firstToken]?.value === 'the' && endToken - match.firstToken > 1
      ? match.firstToken + 1
      : match.firstToken;
  const hits = [...match.hits].sort(
    (x, y) => TYPE_PRIORITY.indexOf(x.entry.type) - TYPE_PRIORITY.indexOf(y.entry.type),
  );
  const metonym = hits.find((h) => h.kind === 'metonym');
  const place = hits.find((h) => h.kind === 'name' && h.entry.type === 'Location');
  const named = hits.find((h) => h.kind === 'name' || h.kind === 'abbreviation');
  const base = { firstToken, endToken };
  if (metonym && (!named || named === place)) {
    const surface = tokenText(a.tokens, firstToken, endToken, a.text);
    const actor = isActorUse(a.tokens, firstToken, endToken, surface);
    if (actor || !place) {
      return fromHit(base, metonym, 'gazetteer:metonym', 0.8, place);
    }
    return fromHit(base, place, 'gazetteer', 0.9, metonym);
  }
  const chosen = named ?? hits[0];
  if (!chosen || followsLetterHyphen(a.tokens, firstToken)) return undefined;
  if (chosen.kind === 'demonym') return fromHit(base, chosen, 'gazetteer:demonym', 0.6);
  if (isCity(chosen) && gluedToOtherName(a.tokens, firstToken, endToken)) return undefined;
  if (isCity(chosen) && endToken - firstToken === 1 && a.tokens[firstToken]?.pos !== 'PROPN') {
    return undefined;
  }
  return fromHit(base, chosen, 'gazetteer', chosen.kind === 'abbreviation' ? 0.9 : 0.95);
}

function fromHit(
  span: { firstToken: number; endToken: number },
  hit: GazetteerHit,
  source: string,
  confidence: number,
  other?: GazetteerHit,
): RawMention {
  // Written out, not spread from `span`: V8's copies of a spread were slower to make and to read.
  const m: RawMention = {
    firstToken: span.firstToken,
    endToken: span.endToken,
    type: hit.entry.type,
    name: hit.entry.name,
    entry: hit.entry,
    source,
    confidence,
  };
  if (other) m.candidates = [other.entry.key];
  return m;
}

function isCity(hit: GazetteerHit): boolean {
  return (
    hit.entry.type === 'Location' && (hit.entry.kind === 'city' || hit.entry.kind === 'capital')
  );
}

function gluedToOtherName(tokens: readonly Token[], first: number, end: number): boolean {
  const before = tokens[first - 1];
  const after = tokens[end];
  const sameSentence = (t: Token | undefined): boolean => t?.sentence === tokens[first]?.sentence;
  return (
    (sameSentence(before) && isCapitalisedWord(before) && before?.pos === 'PROPN') ||
    (sameSentence(after) && isCapitalisedWord(after) && after?.pos === 'PROPN')
  );
}
