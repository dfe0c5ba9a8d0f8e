import type { AnalysedText } from '../nlp';
import type { NerSpan } from './ner-types';
import { spanConfidence } from './span-confidence';
import { spansFromLabels } from './spans-from-labels';
import type { FeatureRows } from './token-features';
import { viterbi } from './viterbi';
import { emissionScores, type NerWeights } from './weights';

/**
 * Decode every sentence with Viterbi and read the spans off the labels. `transitions` must
 * already carry the IOB2 constraints (see constrainTransitions). `baseScores`, when the rows
 * leave features out, gives a sentence's scores for those (see RoleScoreCache).
 */
export function tagSentences(
  analysed: AnalysedText,
  rows: FeatureRows,
  weights: NerWeights,
  transitions: Float32Array,
  baseScores?: (first: number, end: number) => Float32Array,
): NerSpan[] {
  const spans: NerSpan[] = [];
  for (const sentence of analysed.sentences) {
    const length = sentence.endToken - sentence.firstToken;
    const emissions = emissionScores(
      rows,
      sentence.firstToken,
      sentence.endToken,
      weights,
      baseScores?.(sentence.firstToken, sentence.endToken),
    );
    const labels = viterbi(emissions, length, transitions);
    for (const span of spansFromLabels(labels)) {
      spans.push({
        type: span.type,
        firstToken: sentence.firstToken + span.first,
        endToken: sentence.firstToken + span.end,
        confidence: spanConfidence(emissions, labels, transitions, span),
      });
    }
  }
  return spans;
}
