import type { RelationCandidate } from './relation-candidate';
import type { PlacedMention, SentenceView } from './sentence-view';
import { patternWord } from './sentence-view';

/**
 * "the PRD (Party of the Democratic Revolution)", "Labor Party (PT)": two names of one
 * organisation, one in brackets after the other. When the recogniser kept them apart, a relation a
 * rule read off one of them holds of the other as well, so it is stated of both, marked by a rule
 * name ending ':bracketed-name'.
 */
export function withBracketedNames(
  views: readonly SentenceView[],
  candidates: readonly RelationCandidate[],
): RelationCandidate[] {
  const twins = new Map<string, string>();
  for (const view of views) {
    for (const [outer, inner] of bracketedPairs(view)) {
      twins.set(`${view.sentence.index}|${outer.entity}`, inner.entity);
      twins.set(`${view.sentence.index}|${inner.entity}`, outer.entity);
    }
  }
  if (twins.size === 0) return [...candidates];
  const out = [...candidates];
  for (const c of candidates) {
    const subject = twins.get(`${c.sentence}|${c.subject}`);
    const object = twins.get(`${c.sentence}|${c.object}`);
    const rule = `${c.rule}:bracketed-name`;
    if (subject && subject !== c.object) out.push({ ...c, subject, rule });
    if (object && object !== c.subject) out.push({ ...c, object, rule });
  }
  return out;
}

/** Organisation mentions written "A ( B )" in a sentence. */
function bracketedPairs(view: SentenceView): [PlacedMention, PlacedMention][] {
  const pairs: [PlacedMention, PlacedMention][] = [];
  const { mentions, tokens } = view;
  for (let i = 0; i + 1 < mentions.length; i += 1) {
    const outer = mentions[i] as PlacedMention;
    const inner = mentions[i + 1] as PlacedMention;
    if (outer.type !== 'Organization' || inner.type !== 'Organization') continue;
    if (outer.entity === inner.entity) continue;
    const open = tokens[outer.endToken];
    const close = tokens[inner.endToken];
    if (inner.firstToken !== outer.endToken + 1 || !open || !close) continue;
    if (patternWord(open) === '(' && patternWord(close) === ')') pairs.push([outer, inner]);
  }
  return pairs;
}
