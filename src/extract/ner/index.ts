import type { AnalysedText } from '../nlp';
import { loadBundledNerModel } from './bundled-model';
import { defaultGazetteerNames } from './default-gazetteer';
import { createGazetteerMatcher, type GazetteerMatcher } from './gazetteer-matcher';
import type { NerModel } from './ner-model';
import type { NerSpan } from './ner-types';
import { RoleScoreCache } from './role-score-cache';
import { RunTimeTagger } from './run-time-tagger';
import { constrainTransitions } from './viterbi';

export type { NerSpan, NerType } from './ner-types';
export { NER_TYPES } from './ner-types';
export type { NerModel } from './ner-model';
export { loadBundledNerModel } from './bundled-model';

export type NerTagger = (analysed: AnalysedText) => NerSpan[];

export interface NerTaggerOptions {
  /**
   * Gazetteer used for the gazetteer features, when the model was trained with them. Defaults
   * to the product's country/demonym/city lists — the ones the shipped model was trained with;
   * pass another only with a model trained on it.
   */
  gazetteer?: GazetteerMatcher;
}

/**
 * The statistical PER/LOC/ORG/MISC tagger: hashed features over wink-nlp's tokens and POS,
 * averaged-perceptron weights, Viterbi decoding per sentence. Features of a single token (the
 * word itself, a neighbour's word, shape or POS) are scored once per distinct word and tag and
 * kept (a bounded cache per tagger); only pairs and document/gazetteer evidence per token, added
 * to the scores as they are hashed (RunTimeTagger). Spans are token ranges of the AnalysedText
 * given.
 *
 * @example
 * const tag = createNerTagger();
 * tag(analyse('Angela Merkel met officials of Siemens in Berlin.'));
 * // → [{ type: 'PER', firstToken: 0, endToken: 2, … }, { type: 'ORG', … }, { type: 'LOC', … }]
 */
export function createNerTagger(
  model: NerModel = loadBundledNerModel(),
  options: NerTaggerOptions = {},
): NerTagger {
  const gazetteer = model.gazetteer
    ? (options.gazetteer ?? createGazetteerMatcher(defaultGazetteerNames()))
    : undefined;
  const transitions = constrainTransitions(model.transitions);
  const cache = new RoleScoreCache(model, model.hashBits);
  const tagger = new RunTimeTagger(model, transitions, cache, gazetteer);
  return (analysed) => tagger.tag(analysed);
}
