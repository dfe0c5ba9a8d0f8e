import type { Token } from '../nlp';
import type { PairPattern } from './pair-patterns';
import { PAIR_PATTERNS } from './pair-patterns';
import type { RelationCandidate } from './relation-candidate';
import type { PlacedMention, SentenceView } from './sentence-view';
import { betweenWords, patternWord } from './sentence-view';

/** Farthest apart (in tokens) two mentions may be for the words between them to relate them. */
const MAX_GAP = 14;
const MAX_APPOSITIVE = 16;
const TITLE_BLOCKERS = new Set([
  'former',
  'ex',
  'ex-',
  'late',
  'then',
  'outgoing',
  'acting',
  'deputy',
  'vice',
  'shadow',
]);
const TITLE_TYPES = new Set(['LEADER_OF', 'WORKS_FOR', 'MEMBER_OF']);

/** Every pair pattern that the words between two mentions of a sentence satisfy. */
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
    for (let j = i + 1; j < mentions.length; j += 1) {
      const second = mentions[j] as PlacedMention;
      if (second.entity === first.entity) continue;
      for (const from of starts) {
        if (second.firstToken < from || second.firstToken - from > MAX_GAP) continue;
        const words = betweenWords(view, from, second.firstToken);
        for (const p of patterns) {
          if (!p.first.includes(first.type) || !p.second.includes(second.type)) continue;
          if (!p.between.test(words) || !fits(view, p, first, second)) continue;
          const [subject, object] = p.reverse ? [second, first] : [first, second];
          out.push({
            type: p.type,
            subject: subject.entity,
            object: object.entity,
            rule: p.rule,
            confidence: p.confidence,
            sentence: view.sentence.index,
            firstToken: first.firstToken,
            endToken: second.endToken,
            ...(p.ownWords ? { ownWords: p.ownWords } : {}),
          });
        }
      }
    }
  }
  return out;
}

/** Guards that keep a pattern from firing on a possessor, an adjective or a former office. */
function fits(
  view: SentenceView,
  p: PairPattern,
  first: PlacedMention,
  second: PlacedMention,
): boolean {
  const tokens = view.tokens;
  const before = tokens[first.firstToken - 1];
  const inSentence = (t: Token | undefined) =>
    t !== undefined && t.sentence === view.sentence.index;
  if (p.wholeSentence) {
    return (
      first.firstToken === view.sentence.firstToken && second.endToken >= view.sentence.endToken - 1
    );
  }
  if (
    TITLE_TYPES.has(p.type) &&
    inSentence(before) &&
    TITLE_BLOCKERS.has((before as Token).value.toLowerCase())
  ) {
    return false;
  }
  const afterSecond = tokens[second.endToken];
  const secondPossessed = inSentence(afterSecond) && patternWord(afterSecond as Token) === "'s";
  if (secondPossessed && !p.reverse) return false;
  if (
    !p.secondMayModify &&
    !p.reverse &&
    modifiesNoun(afterSecond, second) &&
    inSentence(afterSecond)
  )
    return false;
  // The subject of a verb is not the object of a preposition ("the wife of Blair met …").
  if (
    !p.reverse &&
    inSentence(before) &&
    (before as Token).pos === 'ADP' &&
    !p.rule.startsWith('prep:')
  ) {
    return false;
  }
  if (!p.reverse && p.first.includes('Country') && modifiesNoun(tokens[first.endToken], first))
    return false;
  return true;
}

/** A country named as an adjective of a common noun ("Chinese nationals") is not the country acting. */
function modifiesNoun(next: Token | undefined, mention: PlacedMention): boolean {
  return (
    mention.type === 'Country' &&
    next !== undefined &&
    next.pos === 'NOUN' &&
    /^[a-z]/.test(next.value)
  );
}

/** `X, the most prominent guest at …, vowed`: the token after the closing comma, if any. */
function skipAppositive(view: SentenceView, from: number): number | undefined {
  const tokens = view.tokens;
  if (tokens[from]?.value !== ',') return undefined;
  for (let t = from + 1; t < view.sentence.endToken && t <= from + MAX_APPOSITIVE; t += 1) {
    const token = tokens[t] as Token;
    if (token.pos === 'VERB' || token.pos === 'AUX' || /^[.;:"“”]$/.test(token.value))
      return undefined;
    if (token.value === ',') return t === from + 1 ? undefined : t + 1;
  }
  return undefined;
}
