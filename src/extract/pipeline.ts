import { InvalidArticleError } from '../errors';
import type { ArticleInput } from '../model/article-input';
import { coMentionsFromMentions } from '../model/co-mentions';
import type { ExtractionResult } from '../model/extraction';
import { contentHash } from '../model/ids';
import { cleanArticle } from './clean';
import { extractDates, findReferenceDay } from './dates';
import type { EntityRecogniser } from './entities';
import type { Analyser } from './nlp';
import { extractQuotes } from './quotes';
import { deriveEvents } from './relations/derive-events';
import { extractRelations } from './relations/extract-relations';
import { MentionIndex } from './relations/mention-index';
import { visitClosure } from './relations/visit-closure';

/** Bumped whenever extraction output can change for the same input: it is part of provenance. */
export const EXTRACTOR_VERSION = 'newsgraph-extract/0.3.0';

export interface ExtractorDeps {
  analyser: Analyser;
  recogniser: EntityRecogniser;
  extractorVersion?: string;
}

export type Extractor = (input: ArticleInput) => ExtractionResult;

/**
 * Build the extraction pipeline: clean → analyse → entities → dates → quotes → relations and
 * event roles → co-occurrence. Pure and deterministic for given deps: the same input always
 * gives the same result.
 *
 * Removed photo captions serve only to date the article when nothing else does (a caption
 * saying "on May 8, 2025" lets "on Thursday" resolve); no entity, relation or quote comes from
 * removed text, and every offset indexes the cleaned text.
 *
 * @throws InvalidArticleError when nothing is left after cleaning.
 */
export function createExtractor(deps: ExtractorDeps): Extractor {
  const extractor = deps.extractorVersion ?? EXTRACTOR_VERSION;
  return (input: ArticleInput): ExtractionResult => {
    const item = input.origin ?? input.id ?? input.url ?? 'article';
    const cleaned = cleanArticle(input);
    const text = cleaned.text;
    if (text.trim() === '')
      throw new InvalidArticleError(item, 'no article text left after cleaning');
    const analysed = deps.analyser(text);
    const recognised = deps.recogniser(
      analysed,
      input.publishedAt ? { publishedAt: input.publishedAt } : {},
    );
    const captions = cleaned.removed.filter((r) => r.kind === 'caption').map((r) => r.text);
    const reference = findReferenceDay(input.publishedAt, text, captions);
    const dates = extractDates(analysed, reference?.day);
    const mentions = new MentionIndex(recognised);
    const quotes = extractQuotes(analysed, mentions);
    const stated = extractRelations({
      analysed,
      entities: recognised,
      mentions,
      dates,
      quoted: quotes,
    });
    const relations = [...stated, ...visitClosure(stated, recognised)];
    const events = deriveEvents({
      analysed,
      entities: recognised,
      relations,
      ...(reference ? { reference: reference.day } : {}),
    });
    const entities = events.entities;
    const title = cleaned.title ?? input.title;
    return {
      id: input.id ?? input.url ?? `sha256:${contentHash(title, text).slice(0, 32)}`,
      ...(title !== undefined ? { title } : {}),
      ...(input.url !== undefined ? { url: input.url } : {}),
      ...(input.source !== undefined ? { source: input.source } : {}),
      ...(input.publishedAt !== undefined ? { publishedAt: input.publishedAt } : {}),
      language: 'en',
      text,
      sentences: analysed.sentences.map((s) => ({ start: s.start, end: s.end })),
      entities,
      relations: events.relations,
      quotes,
      dates,
      roles: events.roles,
      cooccurrences: coMentionsFromMentions(
        entities.flatMap((e) => e.mentions.map((m) => ({ entityKey: e.id, sentence: m.sentence }))),
      ),
      extractor,
    };
  };
}
