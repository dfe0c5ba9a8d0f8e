import type {
  ExtractedDate,
  ExtractedEntity,
  ExtractedRelation,
  Span,
} from '../../model/extraction';
import type { AnalysedText } from '../nlp';
import { accessionTalksRule } from './accession-talks-rule';
import { appointmentRule } from './appointment-rule';
import { applyCoordinationPatterns } from './apply-coordination-patterns';
import { applyPairPatterns } from './apply-pair-patterns';
import { coordinatedPeopleRule } from './coordinated-people-rule';
import { withBracketedNames } from './bracketed-names';
import { finishRelations } from './finish-relations';
import { knowledgeRelations } from './knowledge-relations';
import { kindNounRoleRule } from './kind-noun-role-rule';
import { knownOfficeRelations } from './known-office-relations';
import { legislatorTitleRule } from './legislator-title-rule';
import { withLocatedInClosure } from './located-in-closure';
import { locatedInRules } from './located-in-rules';
import { withOwnerBodies } from './owner-body';
import { ofPossessedBodyRule } from './of-possessed-body-rule';
import type { MentionIndex } from './mention-index';
import type { RelationCandidate } from './relation-candidate';
import { rolePhraseRules } from './role-phrase-rules';
import { PRONOUN_RULE, withPronounSubject } from './pronoun-subject';
import type { SentenceView } from './sentence-view';
import { sentenceViews } from './sentence-view';
import { subjectVisitRule } from './subject-visit-rule';
import { titleRelations } from './title-relations';

export interface RelationInputs {
  analysed: AnalysedText;
  entities: readonly ExtractedEntity[];
  mentions: MentionIndex;
  dates: readonly ExtractedDate[];
  /** Quoted passages: claims inside them are 'reported'. */
  quoted: readonly Span[];
}

/**
 * Verb relations whose subject is a pronoun standing for the person the previous sentence named
 * ("He accused …"): marked by the rule name and worth less than a named subject.
 */
function pronounCandidates(view: SentenceView): RelationCandidate[] {
  const pronoun = view.mentions[0];
  return applyPairPatterns(view)
    .filter((c) => PRONOUN_RULE.test(c.rule) && c.firstToken === pronoun?.firstToken)
    .map((c) => ({
      ...c,
      rule: `${c.rule}:pronoun`,
      confidence: Math.round(c.confidence * PRONOUN_WEIGHT * 1000) / 1000,
    }));
}

const PRONOUN_WEIGHT = 0.8;

/** Typed relations of one article, each from one sentence, by the pattern rules. */
export function extractRelations(inputs: RelationInputs): ExtractedRelation[] {
  const { analysed, mentions, dates, quoted } = inputs;
  const candidates: RelationCandidate[] = [];
  const views = sentenceViews(analysed, mentions, quoted);
  views.forEach((named, i) => {
    const view = withPronounSubject(named, views[i - 1]);
    if (view !== named) candidates.push(...pronounCandidates(view));
    // "the agency" may stand for a body the previous sentence named: one mention can be enough.
    candidates.push(...kindNounRoleRule(named, views[i - 1]));
    if (named.mentions.length < 2) return;
    candidates.push(
      ...applyPairPatterns(named),
      ...applyCoordinationPatterns(named),
      ...subjectVisitRule(named),
      ...rolePhraseRules(named),
      ...appointmentRule(named),
      ...legislatorTitleRule(named),
      ...ofPossessedBodyRule(named),
      ...coordinatedPeopleRule(named),
      ...accessionTalksRule(named),
      ...locatedInRules(named),
    );
  });
  candidates.push(
    ...knowledgeRelations(analysed, inputs.entities),
    ...titleRelations(analysed, inputs.entities),
    ...knownOfficeRelations(analysed, inputs.entities),
  );
  return finishRelations(
    analysed,
    withLocatedInClosure(withOwnerBodies(views, withBracketedNames(views, candidates))),
    dates,
    quoted,
  );
}
