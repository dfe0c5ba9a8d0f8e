import type { AnalysedText } from '../nlp';

/** A span from the statistical tagger in src/extract/ner (token range, end exclusive). */
export interface NerSpan {
  type: 'PER' | 'LOC' | 'ORG' | 'MISC';
  firstToken: number;
  endToken: number;
  confidence: number;
}

/** Structural type of `createNerTagger()`'s result, so recognition runs with or without it. */
export type NerTagger = (a: AnalysedText) => NerSpan[];
