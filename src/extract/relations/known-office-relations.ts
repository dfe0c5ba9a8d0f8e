import type { ExtractedEntity } from '../../model/extraction';
import type { AnalysedText, Token } from '../nlp';
import { asFormer, PAST_OFFICE_WORDS, saysPast } from './past-office';
import type { RelationCandidate } from './relation-candidate';
import { firstTokenAtOrAfter, lastTokenEndingBy } from './token-lookup';

/** Offices whose holder leads the country ("President George W Bush"). */
const LEADER_TITLE = /^(?:president|prime minister|premier|king|queen|emperor|chancellor)$/;
/** Cabinet offices: the holder works for the country ("Foreign Secretary Jack Straw"). */
const CABINET_TITLE =
  /^(?:(?!.*\bprime\b)(?:[a-z&-]+ ){0,3}(?:secretary|minister)|deputy prime minister|vice president|vice-president|attorney general|ambassador|chancellor of the exchequer)$/;
/** Where the chancellor is the finance minister, not the head of government. */
const CHANCELLOR_IS_MINISTER = /^(?:UK|U\.K\.|Britain|Great Britain|United Kingdom)$/;
/** Words before a title that make it not an office held (a past one is marked, see `asFormer`). */
const BLOCKERS = new Set(['then', 'outgoing', 'acting', 'shadow', 'would-be', 'future']);
const MAX_TITLE_TOKENS = 5;
const LOWER_TITLE_WORDS = new Set(['of', 'the', 'and', '&', 'state', 'exchequer']);

/**
 * LEADER_OF or WORKS_FOR from a capitalised office written before a known person's name, when
 * the office has no owner in the text ("President George W Bush said …", "Foreign Secretary
 * Jack Straw"): the gazetteer knows which country that person holds office in (`country`), and
 * the relation is made only when the article names that country. The text states the office;
 * the gazetteer only says whose it is. "Russian President …" is left to the title patterns.
 */
export function knownOfficeRelations(
  analysed: AnalysedText,
  entities: readonly ExtractedEntity[],
): RelationCandidate[] {
  const countries = new Map(
    entities.filter((e) => e.type === 'Country').map((e) => [e.id, e] as const),
  );
  const spans = entities.flatMap((e) => e.mentions);
  const out: RelationCandidate[] = [];
  for (const e of entities) {
    const country = e.attributes?.['country'];
    if (e.type !== 'Person' || !country || !countries.has(country)) continue;
    for (const m of e.mentions) {
      const first = firstTokenAtOrAfter(analysed, m.start);
      const title = titleBefore(analysed.tokens, first);
      if (!title || ownedTitle(analysed.tokens, title.from, first, spans)) continue;
      const type = officeType(title.words, countries.get(country) as ExtractedEntity);
      if (!type) continue;
      const found: RelationCandidate = {
        type,
        subject: e.id,
        object: country,
        rule: type === 'LEADER_OF' ? 'title:known-office-leader' : 'title:known-office-cabinet',
        confidence: 0.8,
        sentence: m.sentence,
        firstToken: title.from,
        endToken: lastTokenEndingBy(analysed, m.end) + 1,
        nounPhrase: true,
      };
      out.push(title.past ? asFormer(found) : found);
    }
  }
  return out;
}

function officeType(
  title: string,
  country: ExtractedEntity,
): 'LEADER_OF' | 'WORKS_FOR' | undefined {
  const british = [country.name, ...country.aliases].some((n) => CHANCELLOR_IS_MINISTER.test(n));
  if (title === 'chancellor' && british) return 'WORKS_FOR';
  if (LEADER_TITLE.test(title)) return 'LEADER_OF';
  if (CABINET_TITLE.test(title)) return 'WORKS_FOR';
  return undefined;
}

/**
 * The capitalised title run right before token `first`, in its sentence ("Foreign Secretary",
 * "President"), lower-cased; undefined when there is none, when it is blocked ("former",
 * "shadow"), or when it has an owner of its own ("Russian President", "Labour leader").
 */
function titleBefore(
  tokens: readonly Token[],
  first: number,
): { words: string; from: number; past: boolean } | undefined {
  const sentence = tokens[first]?.sentence;
  let t = first - 1;
  const words: string[] = [];
  while (t >= 0 && first - t <= MAX_TITLE_TOKENS) {
    const token = tokens[t] as Token;
    if (token.sentence !== sentence) break;
    const lower = token.value.toLowerCase();
    const capitalised = /^\p{Lu}/u.test(token.value);
    if (!capitalised && !(words.length > 0 && LOWER_TITLE_WORDS.has(lower))) break;
    words.unshift(lower);
    t -= 1;
  }
  // "Mr", "Dr" and the like are not offices; a leading "of"/"the" is not part of one.
  while (words.length > 0 && LOWER_TITLE_WORDS.has(words[0] as string)) words.shift();
  if (words.length === 0) return undefined;
  const from = first - words.length;
  const before = tokens[from - 1];
  if (before && before.sentence === sentence && BLOCKERS.has(before.value.toLowerCase()))
    return undefined;
  if (words.some((w) => BLOCKERS.has(w))) return undefined;
  const beforeWord = before && before.sentence === sentence ? [before.value.toLowerCase()] : [];
  const past = saysPast([...beforeWord, ...words]);
  const office = words.filter((w) => !PAST_OFFICE_WORDS.has(w));
  return { words: office.join(' '), from, past };
}

/** A title that names its owner ("Israeli Prime Minister", "US President"): the patterns read it. */
function ownedTitle(
  tokens: readonly Token[],
  from: number,
  first: number,
  spans: readonly { start: number; end: number }[],
): boolean {
  const start = (tokens[from] as Token).start;
  const end = (tokens[first - 1] as Token).end;
  return spans.some((m) => m.start < end && m.end > start);
}
