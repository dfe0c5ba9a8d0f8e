export { createExtractor, EXTRACTOR_VERSION } from './pipeline';
export type { Extractor, ExtractorDeps } from './pipeline';
export { createDefaultExtractor } from './default-extractor';
export { extractDates, findReferenceDay, parseDateText } from './dates';
export { extractQuotes } from './quotes';
export { extractRelations } from './relations/extract-relations';
export { createAnalyser } from './nlp';
export type { Analyser, AnalysedText } from './nlp';
