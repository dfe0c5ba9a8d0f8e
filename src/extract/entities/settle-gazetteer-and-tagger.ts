import type { Token } from '../nlp';
import { eventKindOfName } from './named-events';
import type { NerSpan } from './ner-tagger';
import type { RawMention } from './raw-mention';
import { isPossessive } from './token-predicates';

/**
 * Span confidence (mean per-token label probability) a tagger span needs to retype a city. A
 * span whose first label won only through the next token's scores the probabilities as ~0 and ~1,
 * so 0.5 is common for spans that are right ("KANSAS CITY" the team, "Air France"); retyping
 * asks for more than that, containment does not.
 */
const RETYPE_MIN_CONFIDENCE = 0.6;
const CONTAIN_MIN_CONFIDENCE = 0.5;

export interface SettledMentions {
  /** Gazetteer mentions that stand. */
  gazetteer: RawMention[];
  /** Tagger spans that overruled a gazetteer hit; they name those tokens instead. */
  overruling: NerSpan[];
}

/** The tagger's type for what a gazetteer mention names; a demonym is a nationality (MISC). */
function taggerTypeOf(m: RawMention): NerSpan['type'] {
  if (m.source === 'gazetteer:demonym') return 'MISC';
  switch (m.type) {
    case 'Person':
      return 'PER';
    case 'Country':
    case 'Location':
      return 'LOC';
    case 'Organization':
      return 'ORG';
    case 'Event':
    case 'Project':
      return 'MISC';
    default: {
      const unknown: never = m.type;
      throw new TypeError(`unexpected entity type ${String(unknown)}`);
    }
  }
}

function isPlace(m: RawMention): boolean {
  return m.source !== 'gazetteer:demonym' && (m.type === 'Country' || m.type === 'Location');
}

/**
 * Whether the tagger's reading of the tokens beats the gazetteer's. Gazetteers match names out
 * of context; the tagger reads the context. A place name inside a longer name of another type is
 * part of that name ("Dynamo Moscow", "Bank of Canada", "U.S. Open", "Denzel Washington"), as is
 * a nationality ("American League", "Indian Ocean"). A city the tagger reads as a club or a
 * person with confidence is one ("Surrey beat Kent", "Davenport won").
 *
 * What it never overrules, from reading BBC news where the tagger (trained on 1996 Reuters) is
 * weaker: a country name on its own (it calls "US" ORG, "Britain" PER), curated persons, curated
 * organisations except inside an event's name ("UEFA Cup"; not "BBC News", "Sony Ericsson"), a
 * longer span of the same type (the gazetteer's match is tighter and linked: "President Vladimir
 * Putin"), anything inside a LOC span but a nationality ("New Labour"), a place in a
 * hyphenated modifier ("London-based": still a mention of London) and a country before its
 * possessive ("UK's Office of Fair Trading": the institution patterns handle those).
 */
function overrules(span: NerSpan, hit: RawMention, tokens: readonly Token[]): boolean {
  const hitType = taggerTypeOf(hit);
  const demonym = hit.source === 'gazetteer:demonym';
  const longer = span.endToken - span.firstToken > hit.endToken - hit.firstToken;
  if (!longer) {
    const city = isPlace(hit) && hit.type === 'Location';
    return city && span.type !== hitType && span.confidence >= RETYPE_MIN_CONFIDENCE;
  }
  if (span.confidence < CONTAIN_MIN_CONFIDENCE) return false;
  if (span.type === hitType && !demonym) return false;
  if (span.type === 'LOC' && !demonym) return false;
  if (hit.type === 'Person') return false;
  if (hit.type === 'Organization' && (span.type !== 'MISC' || !namesEvent(span, tokens)))
    return false;
  if (isPossessive(tokens[hit.endToken])) return false;
  return !onlyLowerCaseAround(span, hit, tokens);
}

function namesEvent(span: NerSpan, tokens: readonly Token[]): boolean {
  const words = tokens.slice(span.firstToken, span.endToken).map((t) => t.value);
  return eventKindOfName(words.join(' ')) !== undefined;
}

/** "London-based", "US - voted": the span adds nothing capitalised to the hit. */
function onlyLowerCaseAround(span: NerSpan, hit: RawMention, tokens: readonly Token[]): boolean {
  for (let i = span.firstToken; i < span.endToken; i += 1) {
    if (i >= hit.firstToken && i < hit.endToken) continue;
    const value = tokens[i]?.value ?? '';
    if (value !== value.toLowerCase()) return false;
  }
  return true;
}

/**
 * Settle, token by token, the gazetteer's hits against the tagger's spans before either is
 * accepted: a hit stands unless a tagger span covering all of it overrules it (see `overrules`).
 * A tagger span that only partly overlaps a hit, or lies inside a longer one, changes nothing.
 */
export function settleGazetteerAndTagger(
  hits: readonly RawMention[],
  spans: readonly NerSpan[],
  tokens: readonly Token[],
): SettledMentions {
  const spanAt = new Int32Array(tokens.length).fill(-1);
  spans.forEach((s, i) => spanAt.fill(i, s.firstToken, Math.min(s.endToken, tokens.length)));
  const gazetteer: RawMention[] = [];
  const overruling = new Set<NerSpan>();
  for (const hit of hits) {
    const span = spans[spanAt[hit.firstToken] ?? -1];
    const covers = span && span.firstToken <= hit.firstToken && hit.endToken <= span.endToken;
    if (covers && overrules(span, hit, tokens)) overruling.add(span);
    else gazetteer.push(hit);
  }
  return { gazetteer, overruling: [...overruling] };
}
