import { createEntityRecogniser } from './entities';
import { loadGazetteer } from './gazetteer';
import { createNerTagger } from './ner';
import { createAnalyser } from './nlp';
import type { Extractor } from './pipeline';
import { createExtractor } from './pipeline';

export interface DefaultExtractorOptions {
  /** Run the statistical tagger shipped in src/extract/ner/model (default true). */
  ner?: boolean;
}

/**
 * The extractor with the real dependencies: one wink-nlp analyser, the shipped gazetteer and the
 * shipped NER model. Building it loads models (~0.3 s): do it once per process or worker.
 */
export function createDefaultExtractor(options: DefaultExtractorOptions = {}): Extractor {
  const gazetteer = loadGazetteer();
  const nerTagger = options.ner === false ? undefined : createNerTagger();
  const recogniser = createEntityRecogniser(nerTagger ? { gazetteer, nerTagger } : { gazetteer });
  return createExtractor({ analyser: createAnalyser(), recogniser });
}
