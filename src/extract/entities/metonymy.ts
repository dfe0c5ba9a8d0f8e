import type { Token } from '../nlp';
import { isPossessive } from './token-predicates';

/** Prepositions after which a capital is a place: "in Moscow", "to Beijing". */
const PLACE_PREPOSITIONS = new Set([
  'in',
  'to',
  'at',
  'from',
  'near',
  'into',
  'outside',
  'around',
  'across',
  'visit',
  'visited',
  'visiting',
]);
/** Words after which a capital acts: "ties with Moscow", "pressure on Beijing". */
const ACTOR_PREPOSITIONS = new Set([
  'with',
  'against',
  'between',
  'on',
  'by',
  'and',
  'urged',
  'accused',
  'criticised',
  'criticized',
]);
const CLAUSE_OPENERS = new Set([
  'while',
  'as',
  'although',
  'though',
  'because',
  'since',
  'whereas',
  'that',
  'when',
  'if',
  'but',
]);
/** Nouns a government has: "Moscow's efforts" is Russia's, "Moscow's streets" are the city's. */
const ACTOR_NOUNS = new Set([
  'efforts',
  'effort',
  'position',
  'policy',
  'policies',
  'stance',
  'support',
  'claims',
  'claim',
  'government',
  'officials',
  'ties',
  'relations',
  'decision',
  'response',
  'ally',
  'allies',
  'demands',
  'approach',
  'actions',
  'invasion',
  'influence',
  'military',
  'forces',
  'troops',
  'war',
  'offensive',
  'sanctions',
  'plan',
  'plans',
  'strategy',
  'diplomacy',
  'regime',
  'leadership',
  'refusal',
  'backing',
  'aggression',
  'threat',
  'threats',
  'move',
  'bid',
  'interests',
  'envoy',
]);

/**
 * Whether a capital at [first, end) stands for its country's government. Decided from its
 * neighbours only: a verb after it or "’s" + a government noun → actor; a place preposition
 * before it → place. Washington defaults to the actor: news uses it mostly so.
 */
export function isActorUse(
  tokens: readonly Token[],
  first: number,
  end: number,
  name: string,
): boolean {
  const before = tokens[first - 1];
  const after = tokens[end];
  const beforeWord = before?.value.toLowerCase() ?? '';
  if (PLACE_PREPOSITIONS.has(beforeWord)) return false;
  if (isPossessive(after)) {
    const noun = tokens[end + 1];
    return noun !== undefined && ACTOR_NOUNS.has(noun.value.toLowerCase());
  }
  if (after && (after.pos === 'VERB' || after.pos === 'AUX')) return true;
  // "While Beijing claims neutrality": the tagger may call "claims" a noun; a present-tense
  // form after a clause opener still makes the capital the subject.
  const opensClause =
    first === 0 || before?.sentence !== tokens[first]?.sentence || CLAUSE_OPENERS.has(beforeWord);
  if (opensClause && after && /^\p{Ll}+s$/u.test(after.value)) return true;
  if (after?.value === ',' && (first === 0 || before?.sentence !== tokens[first]?.sentence))
    return true;
  if (ACTOR_PREPOSITIONS.has(beforeWord)) return true;
  return name === 'Washington' && !/^(?:D\.?C\.?|state)$/i.test(after?.value ?? '');
}
