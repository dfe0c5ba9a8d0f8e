export { createEntityRecogniser } from './create-entity-recogniser';
export type {
  EntityRecogniser,
  EntityRecogniserOptions,
  RecognitionContext,
} from './create-entity-recogniser';
export type { NerSpan, NerTagger } from './ner-tagger';
