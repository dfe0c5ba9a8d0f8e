import type { CoMention, Evidence, StatedDate } from './extraction';
import type { EntityType, Modality, RelationType } from './entity-types';

/**
 * What the store writes for one article: the extraction result after entity resolution, with
 * every entity reference replaced by its global key. One ArticleGraph is written in one
 * transaction, so the store holds either the old or the new version of an article, never half.
 */
export interface ArticleGraph {
  article: ArticleRecord;
  entities: EntityRecord[];
  mentions: MentionRecord[];
  statements: StatementRecord[];
  quotes: QuoteRecord[];
  cooccurrences: CoMention[];
}

export interface ArticleRecord {
  id: string;
  url?: string;
  title?: string;
  /** The publisher, e.g. 'Al Jazeera' or 'bbc'. Becomes a Source node. */
  source?: string;
  /** ISO 8601, when the article says it was published. */
  publishedAt?: string;
  /** ISO 8601, when we ingested it. */
  ingestedAt: string;
  /** sha256 of the cleaned text and title; equal hashes mean nothing to do. */
  contentHash: string;
  language: string;
  wordCount: number;
  text: string;
  /** Version of the extractor that produced the graph (provenance). */
  extractor: string;
}

export interface EntityRecord {
  /** Global key: `wd:Q…` or `<type>:<normalised name>`. Unique in the store. */
  key: string;
  type: EntityType;
  name: string;
  aliases: string[];
  wikidataId?: string;
  attributes?: Record<string, string>;
}

export interface MentionRecord {
  entityKey: string;
  start: number;
  end: number;
  text: string;
  sentence: number;
  confidence: number;
  source: string;
  /** Other entity keys this mention could refer to; present only when ambiguous. */
  candidates?: string[];
}

/** A reified claim: one relation extracted from one sentence of one article. */
export interface StatementRecord {
  /** Deterministic: see `statementId`. */
  id: string;
  type: RelationType;
  subjectKey: string;
  objectKey: string;
  confidence: number;
  rule: string;
  modality: Modality;
  evidence: Evidence;
  date?: StatedDate;
  /** For PARTICIPATED_IN: host, guest, participant, place, organizer. */
  role?: string;
}

export interface QuoteRecord {
  /** Deterministic: see `quoteId`. */
  id: string;
  speakerKey?: string;
  text: string;
  start: number;
  end: number;
  confidence: number;
  rule: string;
  mentionedKeys: string[];
}
