import type { Token } from '../nlp';
import type { RelationCandidate } from './relation-candidate';
import { locatedIn } from './place-words';
import type { PlacedMention, SentenceView } from './sentence-view';
import { usStateForm } from './us-states';

const CITY_KINDS = new Set(['city', 'capital']);
/** What may head an address: a site or a named body ("GSA Depot", "Army Reserve Center"). */
const SITE_TYPES: ReadonlySet<string> = new Set(['Location', 'Organization']);
/** Words after a state name that carry a list on ("Texas and Ohio", "Texas, Ohio"). */
const LIST_ON = /^(?:and|or|&)$/;

/**
 * US addresses: a place, or a site and its town, with the state after a comma — "Benton, Tenn.",
 * "Fort Hamilton, Brooklyn, N.Y.", "U.S. Coast Guard Training Center, Petaluma, Calif.",
 * "between Salida and Gunnison, Colorado". Everything before the state lies in it, and a site
 * lies in the town after it.
 *
 * A state abbreviation only ever ends an address, so it is read whatever follows; a full state
 * name may start a list of states ("Florida, Texas and Ohio"), so it counts only when no list goes
 * on after it and the place before it is not itself a state. Commas alone make a chain (site,
 * town, state); "and" makes a list of towns in one state. A known city heads no chain: in
 * "Pittsburgh, Dade County, Fla." Pittsburgh is a list item, not a site in Dade County.
 */
export function addressRule(view: SentenceView): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  view.mentions.forEach((state, i) => {
    const form = stateForm(state);
    if (!form || i === 0) return;
    const town = view.mentions[i - 1] as PlacedMention;
    if (!joinedBy(view, town, state, /^,$/) || isState(town) || town.type === 'Country') return;
    if (form === 'name' && (town.type !== 'Location' || listGoesOn(view, state))) return;
    const confidence = form === 'abbreviation' ? 0.85 : 0.8;
    if (town.type === 'Location')
      out.push(located(view, town, state, 'address:place-state', confidence));
    const before = view.mentions[i - 2];
    if (!before) return;
    if (joinedBy(view, before, town, /^,$/) && form === 'abbreviation') {
      // "Fort Hamilton, Brooklyn, N.Y.": a site, its town, the town's state.
      if (town.type !== 'Location' || CITY_KINDS.has(before.kind ?? '') || isState(before)) return;
      if (!SITE_TYPES.has(before.type) || startsList(view, before)) return;
      out.push(located(view, before, town, 'address:site-town', 0.75));
      out.push(located(view, before, state, 'address:site-town', 0.75));
      return;
    }
    for (const item of coordinatedBefore(view, i - 1))
      out.push(located(view, item, state, 'address:towns-state', 0.75));
  });
  return out;
}

function stateForm(m: PlacedMention): 'abbreviation' | 'name' | undefined {
  return m.type === 'Location' || m.type === 'Country' ? usStateForm(m.text) : undefined;
}

function isState(m: PlacedMention): boolean {
  return stateForm(m) !== undefined;
}

/** The words between two mentions are exactly `joint` (a comma, "and"). */
function joinedBy(view: SentenceView, a: PlacedMention, b: PlacedMention, joint: RegExp): boolean {
  if (b.firstToken <= a.endToken) return false;
  const words = view.tokens.slice(a.endToken, b.firstToken).map((t) => t.value.toLowerCase());
  return joint.test(words.join(' '));
}

function tokenIn(view: SentenceView, t: number): Token | undefined {
  const token = view.tokens[t];
  return token && token.sentence === view.sentence.index ? token : undefined;
}

/** "Texas and Ohio", "Texas, Ohio": a capitalised word or a conjunction goes on after a state. */
function listGoesOn(view: SentenceView, state: PlacedMention): boolean {
  const next = tokenIn(view, state.endToken);
  if (!next) return false;
  if (LIST_ON.test(next.value)) return true;
  const after = tokenIn(view, state.endToken + 1);
  return next.value === ',' && after !== undefined && /^\p{Lu}/u.test(after.value);
}

/** A comma or conjunction right before the mention: a list item, not the head of an address. */
function startsList(view: SentenceView, m: PlacedMention): boolean {
  const before = tokenIn(view, m.firstToken - 1);
  return before !== undefined && /^(?:,|and|or|&)$/.test(before.value.toLowerCase());
}

/**
 * "Salida and Gunnison, Colorado", "Port Arther and Galveston, Texas": the towns joined by "and"
 * (and commas before it) to the one right before the state, all of them places that are not
 * states or countries. Empty when no "and" joins them: then it is no list.
 */
function coordinatedBefore(view: SentenceView, j: number): PlacedMention[] {
  const items: PlacedMention[] = [];
  let next = view.mentions[j] as PlacedMention;
  let sawAnd = false;
  for (let k = j - 1; k >= 0; k -= 1) {
    const item = view.mentions[k] as PlacedMention;
    if (item.type !== 'Location' || isState(item)) break;
    const and = joinedBy(view, item, next, /^(?:and|or)$/);
    if (!and && !(sawAnd && joinedBy(view, item, next, /^,$/))) break;
    sawAnd ||= and;
    items.push(item);
    next = item;
  }
  return items;
}

/** A LOCATED_IN an address states: a noun phrase, asserted whatever the verbs around it say. */
function located(
  view: SentenceView,
  subject: PlacedMention,
  object: PlacedMention,
  rule: string,
  confidence: number,
): RelationCandidate {
  return { ...locatedIn(view, subject, object, rule, confidence), nounPhrase: true };
}
