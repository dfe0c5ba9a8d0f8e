import type {
  ExtractedDate,
  ExtractedEntity,
  ExtractedRelation,
  Span,
} from '../../model/extraction';
import type { AnalysedText } from '../nlp';
import { accessionTalksRule } from './accession-talks-rule';
import { applyCoordinationPatterns } from './apply-coordination-patterns';
import { applyPairPatterns } from './apply-pair-patterns';
import { finishRelations } from './finish-relations';
import { knowledgeRelations } from './knowledge-relations';
import { knownOfficeRelations } from './known-office-relations';
import type { MentionIndex } from './mention-index';
import type { RelationCandidate } from './relation-candidate';
import { rolePhraseRules } from './role-phrase-rules';
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

/** Typed relations of one article, each from one sentence, by the pattern rules. */
export function extractRelations(inputs: RelationInputs): ExtractedRelation[] {
  const { analysed, mentions, dates, quoted } = inputs;
  const candidates: RelationCandidate[] = [];
  for (const view of sentenceViews(analysed, mentions, quoted)) {
    if (view.mentions.length < 2) continue;
    candidates.push(
      ...applyPairPatterns(view),
      ...applyCoordinationPatterns(view),
      ...subjectVisitRule(view),
      ...rolePhraseRules(view),
      ...accessionTalksRule(view),
    );
  }
  candidates.push(
    ...knowledgeRelations(analysed, inputs.entities),
    ...titleRelations(analysed, inputs.entities),
    ...knownOfficeRelations(analysed, inputs.entities),
  );
  return finishRelations(analysed, candidates, dates, quoted);
}
