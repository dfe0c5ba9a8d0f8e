import type { RelationCandidate } from './relation-candidate';
import type { PlacedMention, SentenceView } from './sentence-view';
import { locatedIn, namesPlace, wordsBetween } from './place-words';

/** Nouns that name what kind of body an organisation is, as news introduces one. */
const BODY_NOUN =
  '(?:firm|company|bank|lender|insurer|broker|group|conglomerate|giant|maker|manufacturer|producer|carmaker|retailer|chain|supermarket|airline|carrier|operator|developer|publisher|newspaper|daily|broadcaster|network|agency|institute|university|college|charity|organi[sz]ation|ministry|department|utility|exchange|regulator|watchdog|consortium|subsidiary|studio|label|brewer|miner|refiner)';
/** Lower-case words that may qualify the kind: "construction", "state-owned oil". */
const QUALIFIERS = '(?:[a-z][a-z-]* ){0,3}';
/** "Sun Hung Kai Properties, a Hong Kong construction firm": the words around the place. */
const APPOSED_BEFORE = /^, (?:a|an|the) $/;
/** "Acme is a Hong Kong construction firm". */
const COPULA_BEFORE = /^be (?:a|an|the) $/;
/** Qualifiers with no preposition: in "a critic of banks in Leeds" the bank is another. */
const PLAIN_QUALIFIERS = '(?:(?!(?:of|for|to|with|by|from|at|in|on|and|or)\\b)[a-z][a-z-]* ){0,3}';
/** "Acme, a bank in Leeds", "Acme, the largest lender based in Leeds", "one of the banks in Leeds". */
const KIND_IN_PLACE = new RegExp(
  `^(?:, |be )(?:a|an|the|one of the) ${PLAIN_QUALIFIERS}${BODY_NOUN}s? (?:base |headquarter |headquartere )?in $`,
);
const APPOSED_AFTER = new RegExp(`^${QUALIFIERS}${BODY_NOUN}s?\\b`);
/** "the Swiss bank UBS", "Russian oil firm Yukos": the words between the place and the name. */
const KIND_BEFORE_NAME = new RegExp(`^${QUALIFIERS}${BODY_NOUN} $`);

/**
 * An organisation introduced by its kind and its place: "the US bank Wells Fargo", "London indie
 * group Bloc Party", "Sun Hung Kai Properties, a Hong Kong construction firm", "the Ballistic
 * Missile Development Organization, the U.S. agency …", "Acme is a Leeds company", "Acme, a bank
 * in Leeds" (`apposition:org-kind-in-place`). Not by a demonym ("German airline
 * Lufthansa": see `namesPlace`). The kind word must name a body (a firm, a bank, an agency, a
 * university…), and only lower-case qualifiers may stand between: "the US president's firm" or
 * "a London court ruled against Acme" say nothing of where a body is.
 */
export function bodyKindRule(view: SentenceView): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (let i = 1; i < view.mentions.length; i += 1) {
    const previous = view.mentions[i - 1] as PlacedMention;
    const next = view.mentions[i] as PlacedMention;
    if (namesPlace(previous) && next.type === 'Organization') {
      if (
        KIND_BEFORE_NAME.test(wordsBetween(view, previous, next)) &&
        plainWords(view, previous, next)
      )
        out.push(locatedIn(view, next, previous, 'compound:place-kind-org', 0.85));
    } else if (previous.type === 'Organization' && namesPlace(next)) {
      const words = wordsBetween(view, previous, next);
      if (APPOSED_BEFORE.test(words) && apposedKind(view, next))
        out.push(locatedIn(view, previous, next, 'apposition:org-place-kind', 0.85));
      else if (COPULA_BEFORE.test(words) && apposedKind(view, next))
        out.push(locatedIn(view, previous, next, 'copula:org-place-kind', 0.8));
      else if (KIND_IN_PLACE.test(words) && plainWords(view, previous, next, 1))
        out.push(locatedIn(view, previous, next, 'apposition:org-kind-in-place', 0.8));
    }
  }
  return out;
}

/**
 * Only lower-case words between (no verb, no name, no punctuation but hyphens), after `skip`
 * tokens (the apposition's comma). "based" and "headquartered" are participles of the kind.
 */
function plainWords(view: SentenceView, a: PlacedMention, b: PlacedMention, skip = 0): boolean {
  return view.tokens
    .slice(a.endToken + skip, b.firstToken)
    .every(
      (t) =>
        /^[a-z][a-z-]*$/.test(t.value) &&
        ((t.pos !== 'VERB' && t.pos !== 'AUX') || /^(?:based|headquartered)$/.test(t.value)),
    );
}

/** The words after the place in "X, a Hong Kong construction firm" end in a kind of body. */
function apposedKind(view: SentenceView, place: PlacedMention): boolean {
  const words: string[] = [];
  let t = place.endToken;
  for (; t < view.sentence.endToken && words.length < 5; t += 1) {
    const token = view.tokens[t];
    if (!token || !/^[a-z][a-z-]*$/.test(token.value)) break;
    words.push(token.value);
  }
  // "Credit Bank of Iraq, the Jordanian investment bank Export & Finance Bank": the kind
  // introduces the next name, not the one before the comma.
  const after = view.tokens[t];
  if (after && after.sentence === view.sentence.index && /^\p{Lu}/u.test(after.value)) return false;
  return APPOSED_AFTER.test(`${words.join(' ')} `);
}
