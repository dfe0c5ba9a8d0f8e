import { addressRule } from './address-rule';
import { placeOrgCompoundRule } from './place-org-compound-rule';
import type { RelationCandidate } from './relation-candidate';
import type { SentenceView } from './sentence-view';

/**
 * The LOCATED_IN rules that read more than the words between two mentions (the pair patterns in
 * `place-patterns.ts` read only those): addresses, and a place written before an organisation.
 */
export function locatedInRules(view: SentenceView): RelationCandidate[] {
  return [...addressRule(view), ...placeOrgCompoundRule(view)];
}
