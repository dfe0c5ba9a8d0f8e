import type { EntityType } from '../../model/entity-types';
import type { Token } from '../nlp';
import type { PairPattern } from './pair-pattern';
import { fits, NOUN_PHRASE_RULE, pastOffice, TITLE_TYPES } from './pair-pattern-guards';
import { asFormer, saysPast } from './past-office';
import { isParty } from './role-noun';
import { PAIR_PATTERNS } from './pair-patterns';
import type { RelationCandidate } from './relation-candidate';
import type { PlacedMention, SentenceView } from './sentence-view';
import { betweenWords } from './sentence-view';

/** Farthest apart (in tokens) two mentions may be for the words between them to relate them. */
const MAX_GAP = 14;
const MAX_APPOSITIVE = 16;
/** A title before a name: "Italian Prime Minister Silvio Berlusconi", "Microsoft boss Bill Gates". */
const TITLE_HEAD =
  /^(?:president|minister|secretary|chancellor|chairman|chairwoman|leader|premier|king|queen|governor|senator|ambassador|mayor|commissioner|director|chief|boss)$/i;
const MAX_TITLE_TOKENS = 5;
/** Rules that read an apposition, which may follow another one. */
const APPOSITION = /^apposition:/;
/** How many words before the first mention a `before` test reads. */
const BEFORE_WORDS = 6;
/** How many words after the second mention an `after` test reads. */
const AFTER_WORDS = 5;

/**
 * Every pair pattern that the words between two mentions of a sentence satisfy. A person's
 * capitalised title is not part of the words between ("met Italian Prime Minister Silvio
 * Berlusconi" reads as "meet"), and a verb's object may be coordinated ("is in negotiations with
 * Rover and SAIC" relates both).
 */
export function applyPairPatterns(
  view: SentenceView,
  patterns: readonly PairPattern[] = PAIR_PATTERNS,
): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  const { mentions } = view;
  for (let i = 0; i < mentions.length; i += 1) {
    const first = mentions[i] as PlacedMention;
    const starts = [first.endToken];
    const afterAppositive = skipAppositive(view, first.endToken);
    if (afterAppositive !== undefined) starts.push(afterAppositive);
    const stacks =
      afterAppositive !== undefined && describesOnlyFirst(view, first.endToken, afterAppositive);
    for (let j = i + 1; j < mentions.length; j += 1) {
      const second = mentions[j] as PlacedMention;
      if (second.entity === first.entity) continue;
      const titled = second.type === 'Person' ? titleStart(view, second) : undefined;
      for (const from of starts) {
        if (second.firstToken < from || second.firstToken - from > MAX_GAP) continue;
        const words = betweenWords(view, from, second.firstToken);
        const untitled =
          titled !== undefined && titled >= from ? betweenWords(view, from, titled) : undefined;
        // "X, 45, chairman of Y" is the apposition "X, chairman of Y"; so is "X (leader of Y)".
        const asApposition =
          from !== first.endToken
            ? stacks
              ? `, ${words}`
              : undefined
            : words.startsWith('( ')
              ? `, ${words.slice(2)}`
              : undefined;
        for (const p of patternsFor(patterns, first.type, second.type)) {
          const matches =
            p.between.test(words) ||
            (!p.reverse && untitled !== undefined && p.between.test(untitled)) ||
            (asApposition !== undefined && APPOSITION.test(p.rule) && p.between.test(asApposition));
          if (!matches || !fits(view, p, first, second)) continue;
          if (p.after && !p.after.test(wordsAfter(view, second))) continue;
          const titleBefore = p.before?.exec(wordsBefore(view, first));
          if (p.before && !titleBefore) continue;
          const found = candidate(view, p, first, second, words);
          // "The former head of Acme, Jane Roe": the title before the first mention may be past.
          const past =
            TITLE_TYPES.has(p.type) &&
            (pastOffice(view, first, second) ||
              (titleBefore ? saysPast(titleBefore[0].trim().split(' ')) : false));
          out.push(past ? asFormer(found) : found);
          if (p.rule.startsWith('verb:') && !p.reverse)
            for (const also of coordinated(view, j, p)) out.push(candidate(view, p, first, also));
        }
      }
    }
  }
  return out;
}

type PatternsByTypes = Map<EntityType, Map<EntityType, readonly PairPattern[]>>;

/** Per pattern list, its patterns by first and second mention type, in list order. */
const PATTERNS_BY_TYPES = new WeakMap<readonly PairPattern[], PatternsByTypes>();

/**
 * The patterns that may relate a mention of type `first` to one of type `second`, in the list's
 * order: built once per list and type pair (was two array scans per pattern per mention pair).
 */
function patternsFor(
  patterns: readonly PairPattern[],
  first: EntityType,
  second: EntityType,
): readonly PairPattern[] {
  let byTypes = PATTERNS_BY_TYPES.get(patterns);
  if (!byTypes) PATTERNS_BY_TYPES.set(patterns, (byTypes = new Map()));
  let bySecond = byTypes.get(first);
  if (!bySecond) byTypes.set(first, (bySecond = new Map()));
  let list = bySecond.get(second);
  if (!list) {
    list = patterns.filter((p) => p.first.includes(first) && p.second.includes(second));
    bySecond.set(second, list);
  }
  return list;
}

/** Bodies one is a member of rather than employed by. */
const BODY =
  /\b(?:Committee|Commission|Council|Union|Alliance|Association|League|Federation|Assembly|Parliament|Senate|Congress|Board|Panel|Club|Society|Coalition|Movement|Front|Organi[sz]ation|Nations|EU|Nato|NATO|WTO|UN|Cabinet|Bloc)\b/;
/** Titles that speak for a party rather than sit in it. */
const PARTY_VOICE = /\b(?:spokesman|spokeswoman|spokesperson|press|treasurer)\b/;

function candidate(
  view: SentenceView,
  p: PairPattern,
  first: PlacedMention,
  second: PlacedMention,
  words = '',
): RelationCandidate {
  const [subject, object] = p.reverse ? [second, first] : [first, second];
  const member = p.partyMember && isParty(object) && !PARTY_VOICE.test(words);
  const hired =
    p.personJoinsEmployer &&
    subject.type === 'Person' &&
    !isParty(object) &&
    !BODY.test(object.text);
  return {
    type: member ? 'MEMBER_OF' : hired ? 'WORKS_FOR' : p.type,
    subject: subject.entity,
    object: object.entity,
    rule: p.rule,
    confidence: p.confidence,
    sentence: view.sentence.index,
    firstToken: first.firstToken,
    endToken: second.endToken,
    ...(p.ownWords ? { ownWords: p.ownWords } : {}),
    ...(NOUN_PHRASE_RULE.test(p.rule) ? { nounPhrase: true } : {}),
  };
}

/** The first token of a capitalised title run ending right before `m`, if it has a title head. */
function titleStart(view: SentenceView, m: PlacedMention): number | undefined {
  let t = m.firstToken - 1;
  let head = false;
  while (t > view.sentence.firstToken && t >= m.firstToken - MAX_TITLE_TOKENS) {
    const token = view.tokens[t] as Token;
    // "Italian Prime Minister", "Microsoft boss": capitalised words and lower-case title heads.
    const isHead = TITLE_HEAD.test(token.value);
    if (!/^\p{Lu}/u.test(token.value) && !isHead) break;
    head ||= isHead;
    t -= 1;
  }
  return head ? t + 1 : undefined;
}

function wordsBefore(view: SentenceView, m: PlacedMention): string {
  return betweenWords(
    view,
    Math.max(view.sentence.firstToken, m.firstToken - BEFORE_WORDS),
    m.firstToken,
  );
}

function wordsAfter(view: SentenceView, m: PlacedMention): string {
  return betweenWords(view, m.endToken, Math.min(view.sentence.endToken, m.endToken + AFTER_WORDS));
}

/** "Rover and SAIC", "Rover, SAIC and Nanjing Auto": mentions joined to the j-th one. */
function coordinated(view: SentenceView, j: number, p: PairPattern): PlacedMention[] {
  const out: PlacedMention[] = [];
  let previous = view.mentions[j] as PlacedMention;
  for (let k = j + 1; k < view.mentions.length; k += 1) {
    const next = view.mentions[k] as PlacedMention;
    if (!p.second.includes(next.type)) break;
    const joint = betweenWords(view, previous.endToken, next.firstToken).replace(/ the$/, '');
    if (joint === ',') {
      out.push(next);
      previous = next;
      continue;
    }
    // A list ends with "and"/"or"; a comma list that never does is not a coordination.
    if (/^,? ?(?:and|or)$/.test(joint)) return [...out, next];
    break;
  }
  return [];
}

/** `X, the most prominent guest at …, vowed`: the token after the closing comma, if any. */
/**
 * Whether the apposition from `from` to `to` is about the first mention alone, so that one after
 * it describes that mention too ("X, 45, chairman of Y"). In "X, the daughter of Z, chairman of Y"
 * or "X, the widow of the founder, chairman of Y" the next one may be about Z or the founder.
 */
function describesOnlyFirst(view: SentenceView, from: number, to: number): boolean {
  for (let t = from; t < to; t += 1) {
    const w = (view.tokens[t] as Token).value.toLowerCase();
    if (w === 'of' || w === 'to') return false;
  }
  return !view.mentions.some(
    (m) => m.type === 'Person' && m.firstToken >= from && m.endToken <= to,
  );
}

function skipAppositive(view: SentenceView, from: number): number | undefined {
  const tokens = view.tokens;
  if (tokens[from]?.value !== ',') return undefined;
  for (let t = from + 1; t < view.sentence.endToken && t <= from + MAX_APPOSITIVE; t += 1) {
    const token = tokens[t] as Token;
    // A verb ends the apposition, unless it is part of a hyphened adjective ("longest-held").
    const hyphened = tokens[t - 1]?.value === '-';
    if (
      ((token.pos === 'VERB' || token.pos === 'AUX') && !hyphened) ||
      /^[;:"“”]$/.test(token.value)
    )
      return undefined;
    // A full stop ends the sentence, unless an abbreviation's ("Sen. X, D - Calif . , chairman").
    if (token.value === '.' && tokens[t + 1]?.value !== ',') return undefined;
    if (token.value === ',') return t === from + 1 ? undefined : t + 1;
  }
  return undefined;
}
