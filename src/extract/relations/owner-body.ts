import type { RelationCandidate } from './relation-candidate';
import { isParty } from './role-noun';
import type { PlacedMention, SentenceView } from './sentence-view';
import { patternWord } from './sentence-view';

/** Relations that place a person in a body, whose owner then employs the person too. */
const IN_A_BODY = new Set(['WORKS_FOR', 'LEADER_OF', 'MEMBER_OF']);
/** Inferred links are worth a little less than the one they come from. */
const OWNER_WEIGHT = 0.9;

/**
 * "the Foreign Ministry's Southeast Asian Department Chief Jane Roe", "Jane Roe of Harvard
 * University's Kennedy School": a person who works in, leads or sits in a body written as another
 * body's part ("<Owner>'s <Body>") works for the owner as well (or, for a party, is a member).
 * The rule name ends ':owner'.
 */
export function withOwnerBodies(
  views: readonly SentenceView[],
  candidates: readonly RelationCandidate[],
): RelationCandidate[] {
  const out = [...candidates];
  for (const c of candidates) {
    if (!IN_A_BODY.has(c.type) || c.rule.endsWith(':owner')) continue;
    const view = views[c.sentence];
    if (!view) continue;
    const body = view.mentions.find(
      (m) =>
        m.entity === c.object &&
        m.type === 'Organization' &&
        m.firstToken >= c.firstToken &&
        m.endToken <= c.endToken,
    );
    const owner = body && ownerOf(view, body);
    if (!owner || owner.entity === c.subject || owner.entity === c.object) continue;
    out.push({
      ...c,
      // "the SNP's Holyrood leader": a party's people are its members.
      type: isParty(owner) ? 'MEMBER_OF' : 'WORKS_FOR',
      object: owner.entity,
      rule: `${c.rule}:owner`,
      confidence: Math.round(c.confidence * OWNER_WEIGHT * 1000) / 1000,
      firstToken: Math.min(c.firstToken, owner.firstToken),
    });
  }
  return out;
}

/** The organisation written right before `body` with "'s": "<Owner>'s <Body>". */
function ownerOf(view: SentenceView, body: PlacedMention): PlacedMention | undefined {
  const s = view.tokens[body.firstToken - 1];
  if (!s || s.sentence !== view.sentence.index || patternWord(s) !== "'s") return undefined;
  return view.mentions.find((m) => m.endToken === body.firstToken - 1 && m.type === 'Organization');
}
