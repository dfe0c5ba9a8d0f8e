import type { RelationCandidate } from './relation-candidate';

/** Inferred links are worth a little less than the weaker of the two they come from. */
const CLOSURE_WEIGHT = 0.9;
/** Stated by a sentence's words; the gazetteer's facts and inferences are not chained again. */
const FROM_WORDS = /^(?!gazetteer:|closure:)/;

/**
 * The candidates, with what follows from two LOCATED_IN links of one sentence that meet at one
 * mention: "St. Nicholas Hospital in Gosforth in northeast England" states the hospital is in
 * England, "the S.A. Healy Co. of McCook, Ill." that the company is in Illinois. The links must
 * overlap in the text (share the middle mention), so two unrelated clauses never chain.
 */
export function withLocatedInClosure(
  candidates: readonly RelationCandidate[],
): RelationCandidate[] {
  const links = candidates.filter((c) => c.type === 'LOCATED_IN' && FROM_WORDS.test(c.rule));
  const stated = new Set(links.map(key));
  const inferred: RelationCandidate[] = [];
  for (const inner of links) {
    for (const outer of links) {
      if (inner.object !== outer.subject || inner.sentence !== outer.sentence) continue;
      if (inner.subject === outer.object || !overlap(inner, outer)) continue;
      const found: RelationCandidate = {
        type: 'LOCATED_IN',
        subject: inner.subject,
        object: outer.object,
        rule: 'closure:located-in',
        confidence:
          Math.round(Math.min(inner.confidence, outer.confidence) * CLOSURE_WEIGHT * 1000) / 1000,
        sentence: inner.sentence,
        firstToken: Math.min(inner.firstToken, outer.firstToken),
        endToken: Math.max(inner.endToken, outer.endToken),
        ...(inner.nounPhrase && outer.nounPhrase ? { nounPhrase: true } : {}),
      };
      if (stated.has(key(found))) continue;
      stated.add(key(found));
      inferred.push(found);
    }
  }
  return [...candidates, ...inferred];
}

function key(c: RelationCandidate): string {
  return `${c.subject}|${c.object}|${c.sentence}`;
}

function overlap(a: RelationCandidate, b: RelationCandidate): boolean {
  return a.firstToken < b.endToken && b.firstToken < a.endToken;
}
