export const NER_TYPES = ['PER', 'LOC', 'ORG', 'MISC'] as const;
export type NerType = (typeof NER_TYPES)[number];

/** A named-entity span over the tokens of an AnalysedText. */
export interface NerSpan {
  type: NerType;
  firstToken: number;
  /** Exclusive. */
  endToken: number;
  /** 0..1: the mean per-token probability of the decoded labels (softmax of the model scores). */
  confidence: number;
}
