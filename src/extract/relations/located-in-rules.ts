import { addressRule } from './address-rule';
import { appositivePlaceRule } from './appositive-place-rule';
import { bodyKindRule } from './body-kind-rule';
import { framePlaceRule } from './frame-place-rule';
import { institutionInPlaceRule } from './institution-in-place-rule';
import { nationalBodyRule } from './national-body-rule';
import { placeOrgCompoundRule } from './place-org-compound-rule';
import { possessivePlaceRule } from './possessive-place-rule';
import { regionRule } from './region-rule';
import { siteRule } from './site-rule';
import type { RelationCandidate } from './relation-candidate';
import type { SentenceView } from './sentence-view';

/**
 * The LOCATED_IN rules that read more than the words between two mentions (the pair patterns in
 * `place-patterns.ts` read only those): addresses, a place written before an organisation, a
 * place in a named area or named as a site of a place, a place and its container in apposition, a place possessed by a place,
 * a body introduced by its kind and place, a named institution in a town, a state body named
 * after its country, a place in the state or county a sentence opens with.
 */
export function locatedInRules(view: SentenceView): RelationCandidate[] {
  return [
    ...addressRule(view),
    ...placeOrgCompoundRule(view),
    ...regionRule(view),
    ...siteRule(view),
    ...appositivePlaceRule(view),
    ...possessivePlaceRule(view),
    ...bodyKindRule(view),
    ...institutionInPlaceRule(view),
    ...nationalBodyRule(view),
    ...framePlaceRule(view),
  ];
}
