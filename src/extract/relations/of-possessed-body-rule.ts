import type { RelationCandidate } from './relation-candidate';
import { looksNamed } from './pair-pattern-guards';
import { TITLE_WORDS } from './pattern-vocabulary';
import { isParty } from './role-noun';
import { candidate, mentionAt, word } from './role-phrase';
import type { PlacedMention, SentenceView } from './sentence-view';

/**
 * "Jane Roe of London's Imperial College", "Jane Roe and John Doe of Acme's research institute":
 * a person "of" a body owned by a place or another body belongs to the owned one. (The owner, when
 * a body, is read by "X of Y" in `role-phrase-rules`.)
 */
export function ofPossessedBodyRule(view: SentenceView): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const person of view.mentions) {
    if (person.type !== 'Person' || !looksNamed(person) || TITLE_WORDS.test(person.text)) continue;
    let t = person.endToken;
    // Both people of a coordination are "of" it.
    const partner = word(view, t) === 'and' ? mentionAt(view, t + 1) : undefined;
    if (partner?.type === 'Person' && word(view, partner.endToken) === 'of') t = partner.endToken;
    if (word(view, t) !== 'of') continue;
    const owner = mentionAt(view, word(view, t + 1) === 'the' ? t + 2 : t + 1);
    if (!owner || owner.type === 'Person' || word(view, owner.endToken) !== "'s") continue;
    const body = mentionAt(view, owner.endToken + 1);
    if (body?.type !== 'Organization') continue;
    const type = isParty(body) ? 'MEMBER_OF' : 'WORKS_FOR';
    out.push(
      candidate(view, type, 'prep:person-of-possessed-org', person, body as PlacedMention, true),
    );
  }
  return out;
}
