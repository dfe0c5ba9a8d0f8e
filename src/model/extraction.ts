import type { DatePrecision, EntityType, Modality, RelationType } from './entity-types';

/**
 * The output of `newsgraph extract` for one article. The shape is a public contract: evaluation
 * tools depend on it. Every offset is a UTF-16 code-unit index into `text` (the cleaned text).
 */
export interface ExtractionResult {
  /** The article id given in the input, or one derived from the URL or content hash. */
  id: string;
  title?: string;
  url?: string;
  source?: string;
  /** ISO 8601 timestamp or date. */
  publishedAt?: string;
  language: string;
  text: string;
  sentences: Span[];
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
  quotes: ExtractedQuote[];
  dates: ExtractedDate[];
  /** Roles in events: who hosted, who was a guest, where and when. */
  roles: ExtractedRole[];
  /** Sentence co-occurrence, kept apart from typed relations. */
  cooccurrences: CoMention[];
  /** Which extractor version produced this; part of provenance. */
  extractor: string;
}

export interface Span {
  start: number;
  end: number;
}

export interface Evidence extends Span {
  /** The sentence's text, exactly `text.slice(start, end)` of the cleaned article. */
  text: string;
  /** Index into `sentences`. */
  sentence: number;
}

export interface Mention extends Span {
  text: string;
  sentence: number;
  /** How the mention was found: 'gazetteer', 'ner-model', 'pattern:title', 'coref:title', ... */
  source: string;
  confidence: number;
  /** Other entity keys this mention could refer to; present only when ambiguous. */
  candidates?: string[];
}

export interface ExtractedEntity {
  /**
   * The canonical key within this article: `wd:Q…` when the gazetteer knows the entity,
   * otherwise `<type>:<normalised name>` (see `canonicalKey`).
   */
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  wikidataId?: string;
  mentions: Mention[];
  /** Free-form typed facts: a project's kind ("gas pipeline"), an event's date. */
  attributes?: Record<string, string>;
  /** When a mention could be several things, the other candidates' keys. */
  candidates?: string[];
  confidence: number;
}

export interface StatedDate {
  /** ISO 8601: YYYY-MM-DD, YYYY-MM or YYYY depending on precision. */
  value: string;
  precision: DatePrecision;
}

export interface ExtractedRelation {
  type: RelationType;
  /** Entity ids (keys) within this result. */
  subject: string;
  object: string;
  confidence: number;
  /** The rule or model that produced it, e.g. 'title-leader', 'verb:host'. */
  rule: string;
  modality: Modality;
  evidence: Evidence;
  date?: StatedDate;
}

export interface ExtractedQuote extends Span {
  /** Entity id of the speaker, when attributed. */
  speaker?: string;
  text: string;
  rule: string;
  confidence: number;
  /** Entities named inside the quote. */
  mentions: string[];
}

export interface ExtractedDate extends Span, StatedDate {
  text: string;
}

export interface ExtractedRole {
  event: string;
  entity: string;
  role: 'host' | 'guest' | 'participant' | 'place' | 'organizer';
  evidence: Evidence;
  confidence: number;
  rule: string;
}

export interface CoMention {
  a: string;
  b: string;
  count: number;
}
