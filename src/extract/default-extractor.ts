import { createEntityRecogniser } from './entities';
import { loadGazetteer } from './gazetteer';
import { createNerTagger } from './ner';
import { createAnalyser } from './nlp';
import type { Extractor } from './pipeline';
import { createExtractor } from './pipeline';

export interface DefaultExtractorOptions {
  /** Use the shipped statistical tagger for names no gazetteer knows (default true). */
  ner?: boolean;
}

/**
 * The extractor with the product's shipped parts: wink-nlp's English model, the generated
 * gazetteers and the trained tagger. Loading takes a few hundred milliseconds and tens of MB,
 * so each process (or worker thread) builds one and keeps it.
 */
export function createDefaultExtractor(options: DefaultExtractorOptions = {}): Extractor {
  const gazetteer = loadGazetteer();
  const nerTagger = options.ner === false ? undefined : createNerTagger();
  const recogniser = createEntityRecogniser({ gazetteer, ...(nerTagger ? { nerTagger } : {}) });
  return createExtractor({ analyser: createAnalyser(), recogniser });
}
