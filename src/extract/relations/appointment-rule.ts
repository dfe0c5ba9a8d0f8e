import type { RelationCandidate } from './relation-candidate';
import { fromRole, objectAt, roleAt, ROLE_PREPS, word } from './role-phrase';
import type { PlacedMention, SentenceView } from './sentence-view';

/** Verbs that give the person after them a role: "named Jane Roe publisher of the Courier". */
const APPOINTING = new Set(['name', 'appoint', 'elect', 'make', 'choose', 'select', 'promote']);

/**
 * A role given by appointment, the person as the verb's object: "Acme has named Jane Roe chief
 * executive of its bank unit", "the Democrats elected Ohio's Jane Roe to be chairman of the
 * Governors' Association", "appointed Jane Roe as head of the agency". The role decides the
 * relation as in an apposition (`relationOfRole`). The passive ("Jane Roe was named head of
 * Acme") is read by the copula rule in `role-phrase-rules`.
 */
export function appointmentRule(view: SentenceView): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const person of view.mentions) {
    if (person.type !== 'Person' || !appointed(view, person)) continue;
    let t = person.endToken;
    if (word(view, t) === 'to' && word(view, t + 1) === 'be') t += 2;
    else if (word(view, t) === 'as') t += 1;
    const role = roleAt(view, t, true);
    if (!role || !ROLE_PREPS.has(word(view, role.end))) continue;
    const object = objectAt(view, role.end + 1, ['Organization', 'Country']);
    if (!object) continue;
    const found = fromRole(
      view,
      { ...role, prep: word(view, role.end) },
      person,
      object,
      'verb:appoint-role-of',
      false,
    );
    if (found) out.push(found);
  }
  return out;
}

/** Whether an appointing verb governs the person: right before it, or before "<Place> 's". */
function appointed(view: SentenceView, person: PlacedMention): boolean {
  let t = person.firstToken - 1;
  if (word(view, t) === "'s") {
    const owner = view.mentions.find((m) => m.endToken === t);
    if (!owner || (owner.type !== 'Location' && owner.type !== 'Country')) return false;
    t = owner.firstToken - 1;
  }
  const token = view.tokens[t];
  return (
    token !== undefined &&
    token.sentence === view.sentence.index &&
    token.pos === 'VERB' &&
    APPOINTING.has(word(view, t))
  );
}
