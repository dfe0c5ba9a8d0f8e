import type { Token } from '../nlp';
import type { PairPattern } from './pair-pattern';
import type { PlacedMention, SentenceView } from './sentence-view';
import { saysPast } from './past-office';
import { isRoleHead } from './role-noun';
import { patternWord } from './sentence-view';

/** Words that make a title someone else's ("deputy") or not an office; past ones are marked instead. */
const TITLE_BLOCKERS = new Set(['then', 'outgoing', 'acting', 'deputy', 'vice', 'shadow']);
export const TITLE_TYPES: ReadonlySet<string> = new Set(['LEADER_OF', 'WORKS_FOR', 'MEMBER_OF']);
/** Relation types that sports reports state about fixtures ("Everton visit Plymouth"). */
const CONTEST_TYPES = new Set(['MET_WITH', 'VISITED', 'HOSTED', 'LOCATED_IN', 'IN_CONFLICT_WITH']);
const SPORTS_CONTEXT =
  /\b(?:round|final|finals|semi-final|quarter-final|match|fixture|derby|kick-off|league|cup|tournament|championships?|game|games|seed|title decider|grand slam|premiership)\b/i;
/** Words after which "X in Y" names a fixture's venue, not where X lies ("against Wales in Cardiff"). */
const VERSUS = new Set([
  'against',
  'v',
  'vs',
  'versus',
  'beat',
  'face',
  'faces',
  'play',
  'meet',
  'host',
  'visit',
  'and',
]);
/** Appositions that read an organisation's staff or member after an article: "X, a senior Acme official". */
const ARTICLE_APPOSITION = /^apposition:org-(?:staff|member)$/;
/** Rules whose organisation may be described before its name (ORG_DESCRIPTION): "the banned VHP". */
const DESCRIBED_ORG = /^(?:apposition:(?:staff-of|org-leader-of|member-of)|copula:staff-of)$/;
/** Rules that read a noun phrase (a title, a possessive, an apposition): no verb to negate or hedge. */
export const NOUN_PHRASE_RULE = /^(?:title|possessive|apposition|attribution|compound):/;
const CITY_KINDS = new Set(['city', 'capital']);
const NAMED =
  /^(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady)\.? \p{Lu}[\p{L}'’-]+|\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{L}'’.-]*)+)$/u;

/** Guards that keep a pattern from firing on a possessor, an adjective or someone else's office. */
export function fits(
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
  if (TITLE_TYPES.has(p.type)) {
    if (inSentence(before) && TITLE_BLOCKERS.has((before as Token).value.toLowerCase()))
      return false;
  }
  // A title is a noun: "Drogba headed Chelsea" has the lemma "head" but no chief in it.
  if (
    p.reverse &&
    TITLE_TYPES.has(p.type) &&
    !p.rule.startsWith('verb:') &&
    hasVerbBetween(view, first, second)
  )
    return false;
  // "Jane Roe, a lawyer representing Acme workers": a verb makes the organisation another's
  // ("long-serving" is an adjective).
  if (ARTICLE_APPOSITION.test(p.rule) && hasVerbBetween(view, first, second, true)) return false;
  if (DESCRIBED_ORG.test(p.rule) && clauseBefore(view, second)) return false;
  if (p.firstTextNot?.test(first.text)) return false;
  if (p.secondTextIs && !p.secondTextIs.test(second.text)) return false;
  if (p.notAfterPossessive && inSentence(before) && patternWord(before as Token) === "'s")
    return false;
  if (p.needsPerson && first.type !== 'Person' && second.type !== 'Person') return false;
  if (p.personLooksNamed && !looksNamed(p.reverse ? second : first)) return false;
  if ((CONTEST_TYPES.has(p.type) || p.notInSports) && SPORTS_CONTEXT.test(sentenceText(view)))
    return false;
  if (p.rule === 'prep:place-in-place' && !placeInPlace(view, first, second)) return false;
  if (p.rule === 'prep:org-in-place' && !orgInPlace(view, first, second)) return false;
  if (p.rule === 'prep:org-of-place' && !orgOfPlace(first)) return false;
  if (p.rule === 'possessive:place-org' && !placeOwnsOrg(view, second)) return false;
  if (p.rule === 'punct:place-comma-place' && !placeCommaPlace(view, first, second)) return false;
  // "met Chinese officials", "Chinese nationals met": an adjectival country is not the actor.
  const through = p.objectThroughGovernment === true && standsFor(view, second);
  if (!p.reverse && !p.secondMayModify && !through && second.source === 'gazetteer:demonym')
    return false;
  if (!p.reverse && first.source === 'gazetteer:demonym') return false;
  // "held talks with LSE boss Clara Furse": the organisation only titles the person after it.
  if (!p.reverse && titlesNextPerson(view, second)) return false;
  const afterSecond = tokens[second.endToken];
  const secondPossessed = inSentence(afterSecond) && patternWord(afterSecond as Token) === "'s";
  if (secondPossessed && !p.reverse && !through && !p.secondOwnsRole) return false;
  if (
    !p.secondMayModify &&
    !through &&
    !p.reverse &&
    modifiesNoun(afterSecond, second) &&
    inSentence(afterSecond)
  )
    return false;
  // The subject of a verb is not the object of a preposition ("the wife of Blair met …"); an
  // apposition still describes it ("proceedings against X, secretary of the VHP").
  if (
    !p.reverse &&
    inSentence(before) &&
    (before as Token).pos === 'ADP' &&
    !/^(?:prep|punct|apposition):/.test(p.rule)
  ) {
    return false;
  }
  if (!p.reverse && p.first.includes('Country') && modifiesNoun(tokens[first.endToken], first))
    return false;
  return true;
}

function sentenceText(view: SentenceView): string {
  return view.tokens
    .slice(view.sentence.firstToken, view.sentence.endToken)
    .map((t) => t.value)
    .join(' ');
}

/** Whether a verb stands between the mentions; `hyphened`: not one after a hyphen ("long-serving"). */
function hasVerbBetween(
  view: SentenceView,
  first: PlacedMention,
  second: PlacedMention,
  hyphened = false,
): boolean {
  for (let t = first.endToken; t < second.firstToken; t += 1) {
    const pos = view.tokens[t]?.pos;
    if (hyphened && view.tokens[t - 1]?.value === '-') continue;
    if (pos === 'VERB' || pos === 'AUX') return true;
  }
  return false;
}

/**
 * Whether a clause about another ends right before the organisation: "a lawyer for the family
 * suing Acme", "chairman of the panel investigating Acme" — a noun, then its verb (a verb after
 * "the" describes the organisation: "the banned VHP").
 */
function clauseBefore(view: SentenceView, m: PlacedMention): boolean {
  const at = (t: number) => {
    const token = view.tokens[t];
    return token?.sentence === view.sentence.index ? token : undefined;
  };
  const verbAt =
    at(m.firstToken - 1)?.value.toLowerCase() === 'the' ? m.firstToken - 2 : m.firstToken - 1;
  return at(verbAt)?.pos === 'VERB' && at(verbAt - 1)?.pos === 'NOUN';
}

/** Whether a person is written as a name ("Jane Roe", "Mr Roe"), not a lone word. */
export function looksNamed(m: PlacedMention): boolean {
  return NAMED.test(m.text);
}

/** "the Kremlin in Moscow", "Ontario in Canada": not a city in a city, not a fixture's venue. */
function placeInPlace(view: SentenceView, first: PlacedMention, second: PlacedMention): boolean {
  const before = view.tokens[first.firstToken - 1];
  if (before && before.sentence === view.sentence.index && VERSUS.has(before.value.toLowerCase())) {
    return false;
  }
  if (second.type === 'Country') return true;
  return (
    CITY_KINDS.has(second.kind ?? '') &&
    !CITY_KINDS.has(first.kind ?? '') &&
    first.kind !== 'country'
  );
}

/** An event the tagger took for an organisation: it is held somewhere, not based there. */
const EVENT_NAME =
  /\b(?:Conference|Show|Summit|Championships?|Indoors|Games|Cup|Festival|Forum|Expo|Fair|Awards|Open|Olympics|Congress)$/;
/** Words before an organisation that make "<org> in <city>" say where it is: "an analyst at UBS in Tokyo". */
const LOCATING = new Set(['at', 'of', 'from']);

/**
 * "an analyst at UBS Securities in Tokyo", "the owner of Liffe in London", "chief medical officer
 * for the American Diabetes Association in Alexandria": the organisation after "at", "of", "from"
 * or a role's "for", a city (or other non-country place) after "in". Not "victory for the
 * Azzurri in Rome" (where a team played), nor "the committee … in Darfur" (where it travelled).
 */
function orgInPlace(view: SentenceView, org: PlacedMention, place: PlacedMention): boolean {
  if (place.type !== 'Location' || EVENT_NAME.test(org.text)) return false;
  let t = org.firstToken - 1;
  if (view.tokens[t]?.value.toLowerCase() === 'the') t -= 1;
  const before = view.tokens[t];
  if (before === undefined || before.sentence !== view.sentence.index) return false;
  const role = view.tokens[t - 1];
  const forRole =
    before.value.toLowerCase() === 'for' &&
    role?.sentence === view.sentence.index &&
    isRoleHead(role.lemma.toLowerCase());
  return LOCATING.has(before.value.toLowerCase()) || forRole;
}

/** "Pacific Marine Inc. of Houston": a named body, not a split name ("the Palace of Westminster"). */
function orgOfPlace(org: PlacedMention): boolean {
  return (/\s/.test(org.text) || /^\p{Lu}{2,}$/u.test(org.text)) && !EVENT_NAME.test(org.text);
}

/**
 * "Germany's Deutsche Bank", not "China's WTO entry" (the organisation modifies a noun) nor an
 * international body a country belongs to.
 */
function placeOwnsOrg(view: SentenceView, org: PlacedMention): boolean {
  if (org.kind === 'international organisation' || EVENT_NAME.test(org.text)) return false;
  // "Finland's EU (European Union) negotiation": look past a parenthesis.
  let after = org.endToken;
  if (view.tokens[after]?.value === '(') {
    while (after < view.sentence.endToken && view.tokens[after]?.value !== ')') after += 1;
    after += 1;
  }
  const next = view.tokens[after];
  if (!next || next.sentence !== view.sentence.index) return true;
  return !(next.pos === 'NOUN' && /^\p{Ll}/u.test(next.value)) && patternWord(next) !== "'s";
}

/**
 * "Whitingham, Vt.", "Paris, France": a place and its container, not a list ("London, Paris and
 * Berlin"): nothing list-like on either side, and the container is not itself a city.
 */
function placeCommaPlace(view: SentenceView, first: PlacedMention, second: PlacedMention): boolean {
  const before = view.tokens[first.firstToken - 1];
  const after = view.tokens[second.endToken];
  const sameSentence = (t: Token | undefined) =>
    t !== undefined && t.sentence === view.sentence.index;
  if (sameSentence(before) && /^(?:,|and|or|&)$/.test((before as Token).value)) return false;
  // "… District in Loei Province, Nakhon Thai District in …": the next item of a list is placed itself.
  if (sameSentence(after) && /^(?:and|or|&|-|in)$/.test((after as Token).value)) return false;
  if (sameSentence(after) && (after as Token).value === ',') {
    // "Europe, Asia, South America": a third capitalised name continues a list.
    const next = view.tokens[second.endToken + 1];
    if (sameSentence(next) && /^\p{Lu}/u.test((next as Token).value)) return false;
  }
  return !CITY_KINDS.has(second.kind ?? '') && !(first.kind === 'country');
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

/** Nouns through which a country or person acts: its government, its own bid to join. */
const ACTING_FOR =
  /^(?:government|administration|regime|cabinet|authorities|leadership|entry|bid|membership|accession|application|candidacy)$/;

/** "Mr Blair's government", "the Russian government", "Russian entry": the mention acts through it. */
function standsFor(view: SentenceView, m: PlacedMention): boolean {
  let t = m.endToken;
  if (patternWord(view.tokens[t] as Token) === "'s") t += 1;
  const next = view.tokens[t];
  return next !== undefined && next.sentence === view.sentence.index && ACTING_FOR.test(next.lemma);
}

const TITLE_NOUN =
  /^(?:boss|chief|chairman|chairwoman|president|director|head|leader|spokesman|spokeswoman|executive|minister|secretary|official|manager|coach|captain|chancellor|premier)$/i;

/**
 * An organisation or country followed by title words and a person ("LSE boss Clara Furse",
 * "Italian Prime Minister Silvio Berlusconi"): a modifier of that person, not a party.
 */
function titlesNextPerson(view: SentenceView, m: PlacedMention): boolean {
  if (m.type === 'Person') return false;
  const person = view.mentions.find(
    (o) => o.type === 'Person' && o.firstToken > m.endToken && o.firstToken <= m.endToken + 3,
  );
  if (!person) return false;
  let titled = false;
  for (let t = m.endToken; t < person.firstToken; t += 1) {
    const value = (view.tokens[t] as Token).value;
    if (TITLE_NOUN.test(value)) titled = true;
    else if (!/^\p{Lu}/u.test(value)) return false;
  }
  return titled;
}

/**
 * Whether an affiliation is stated as past: "former" (or "ex-", "the late") right before the
 * first mention, opening it, or among the words between the two ("Yukos' former boss X").
 */
export function pastOffice(
  view: SentenceView,
  first: PlacedMention,
  second: PlacedMention,
): boolean {
  const words: string[] = [];
  for (
    let t = Math.max(view.sentence.firstToken, first.firstToken - 1);
    t < second.firstToken;
    t += 1
  )
    words.push((view.tokens[t] as Token).value.toLowerCase());
  return saysPast(words) || /^(?:former|ex-)/i.test(first.text);
}
