import type { RelationType } from '../../model/entity-types';

/** What a rule proposes; `finishRelations` adds evidence, modality, date and orientation. */
export interface RelationCandidate {
  type: RelationType;
  subject: string;
  object: string;
  rule: string;
  confidence: number;
  sentence: number;
  /** Token range the claim spans (subject to object), where modality cues are looked for. */
  firstToken: number;
  endToken: number;
  /** Lemmas the rule matched that must not count as modality cues ("alleges"). */
  ownWords?: readonly string[];
  /**
   * The claim is a noun phrase ("Chelsea boss Jose Mourinho"): the writer asserts it whatever
   * the verbs around it say, unless it stands inside a quotation.
   */
  nounPhrase?: boolean;
}
