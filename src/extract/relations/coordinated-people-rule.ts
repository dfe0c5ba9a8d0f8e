import type { RelationCandidate } from './relation-candidate';
import { isParty, relationOfRole } from './role-noun';
import { candidate, mentionAt, objectAt, word } from './role-phrase';
import type { PlacedMention, SentenceView } from './sentence-view';

/**
 * Several people given one affiliation at once:
 * - "Jane Roe and John Doe, both of Acme," (`apposition:people-both-of-org`);
 * - "Acme members Jane Roe and John Doe", "Acme spokesmen Jane Roe and John Doe" — a plural title
 *   before a list of names (`title:org-plural-role`), the relation following the role as for one.
 * The list is names joined by commas and a final "and", nothing else.
 */
export function coordinatedPeopleRule(view: SentenceView): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  const { mentions } = view;
  for (let i = 0; i < mentions.length; i += 1) {
    const first = mentions[i] as PlacedMention;
    if (first.type !== 'Person') continue;
    const people = listFrom(view, i);
    if (people.length < 2) continue;
    const last = people[people.length - 1] as PlacedMention;
    out.push(...bothOf(view, people, last), ...pluralTitle(view, people, first));
    i += people.length - 1;
  }
  return out;
}

/** The people of a list that starts with the i-th mention: "X, Y and Z". */
function listFrom(view: SentenceView, i: number): PlacedMention[] {
  const people = [view.mentions[i] as PlacedMention];
  for (let j = i + 1; j < view.mentions.length; j += 1) {
    const next = view.mentions[j] as PlacedMention;
    const previous = people[people.length - 1] as PlacedMention;
    const joint = word(view, previous.endToken);
    const gap = next.firstToken - previous.endToken;
    if (next.type !== 'Person' || gap !== 1 || (joint !== ',' && joint !== 'and')) break;
    people.push(next);
    if (joint === 'and') return people;
  }
  return [people[0] as PlacedMention];
}

function bothOf(
  view: SentenceView,
  people: readonly PlacedMention[],
  last: PlacedMention,
): RelationCandidate[] {
  const t = last.endToken;
  const all = word(view, t + 1);
  if (word(view, t) !== ',' || (all !== 'both' && all !== 'all') || word(view, t + 2) !== 'of')
    return [];
  const org = objectAt(view, t + 3, ['Organization']);
  if (!org) return [];
  const type = isParty(org) ? 'MEMBER_OF' : 'WORKS_FOR';
  return people.map((p) => candidate(view, type, 'apposition:people-both-of-org', p, org, true));
}

/** "Acme members Jane Roe and John Doe": the organisation, one plural role noun, the names. */
function pluralTitle(
  view: SentenceView,
  people: readonly PlacedMention[],
  first: PlacedMention,
): RelationCandidate[] {
  const at = first.firstToken - 1;
  const token = view.tokens[at];
  if (!token || token.sentence !== view.sentence.index || token.pos !== 'NOUN') return [];
  const value = token.value.toLowerCase();
  // "spokesmen" may reach us unlemmatised.
  const singular = /men$/.test(value) ? value.replace(/men$/, 'man') : token.lemma.toLowerCase();
  if (singular === value || !/(?:s|men)$/.test(value)) return [];
  // The organisation may stand in quotation marks: "“Bellona” members".
  const quote = /^["“”']$/.test(view.tokens[at - 1]?.value ?? '') ? 1 : 0;
  const org = view.mentions.find((m) => m.endToken === at - quote);
  if (!org || org.type !== 'Organization' || mentionAt(view, org.firstToken) !== org) return [];
  const type = relationOfRole(
    { words: [singular], pos: ['NOUN'], head: 0 },
    'Organization',
    isParty(org),
  );
  if (!type) return [];
  return people.map((p) => candidate(view, type, 'title:org-plural-role', p, org, true));
}
