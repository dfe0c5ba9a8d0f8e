import type { EntityType, RelationType } from '../model/entity-types';
import type {
  ArticleView,
  EntityView,
  Page,
  QuoteView,
  RelationshipFilter,
  RelationshipView,
  StatementView,
} from './graph-store';

/**
 * The analytical reads behind the GraphQL API: neighbourhoods, paths, timelines, co-occurrence,
 * dashboards. Part of the one store interface (GraphStore extends it), split into its own file
 * because it is its own concern. Every method answers identically on SQLite and Neo4j
 * (`test/store/queries-contract.ts`); ordering rules are part of the contract so pages are stable.
 */
export interface GraphQueries {
  /**
   * Entities within `depth` hops (1–3) over aggregated relationships (CO_MENTIONED excluded),
   * optionally only over `types`. Each entity once, at its shortest distance; ordered by
   * distance, then mentionCount desc, then key; at most `limit` (the start entity excluded).
   * `relationships` are the aggregated relationships among the start and returned entities.
   */
  neighbourhood(key: string, options: NeighbourhoodOptions): Promise<Neighbourhood>;
  /**
   * Simple paths (no repeated entity) from `from` to `to` over aggregated relationships in
   * either direction, shortest first, at most `limit`, length ≤ maxHops (1–6). Ties ordered by
   * the hop sequence's keys so the answer is deterministic.
   */
  paths(from: string, to: string, options: PathOptions): Promise<GraphPath[]>;
  /** Mentions, articles and statements per bucket of article date (publishedAt ?? ingestedAt). */
  timeline(key: string, options: TimelineOptions): Promise<TimelineBucket[]>;
  /**
   * Entities co-mentioned with `key` (sentence co-occurrence), ranked by count desc, with PMI
   * computed over articles: log2(P(a,b) / (P(a) P(b))) with P(x) = articleCount(x) / articles.
   */
  cooccurrences(key: string, options: CooccurrenceOptions): Promise<Cooccurrence[]>;
  /** Entities related (any aggregated relationship type, or `types`) to both a and b. */
  commonNeighbours(a: string, b: string, types?: readonly RelationType[]): Promise<string[]>;
  /** Articles by filter, newest first (publishedAt ?? ingestedAt desc, then id). */
  articles(filter: ArticleFilter, page: Page): Promise<ArticleView[]>;
  /** Event entities by filter, newest event date first (attributes.date desc, then key). */
  events(filter: EventFilter, page: Page): Promise<EntityView[]>;
  /** Most-mentioned entities in range (mentions in articles dated in range), ties by key. */
  topEntities(options: TopEntitiesOptions): Promise<EntityCount[]>;
  /** Non-negated statements per relation type (and bucket when given), by statement date. */
  relationCounts(options: RelationCountOptions): Promise<RelationCount[]>;
  /** An article's statements (ordered by evidence start, then id), quotes (by start). */
  statementsInArticle(articleId: string): Promise<StatementView[]>;
  quotesInArticle(articleId: string): Promise<QuoteView[]>;
}

export type Bucket = 'DAY' | 'WEEK' | 'MONTH';

export interface NeighbourhoodOptions {
  depth: number;
  types?: readonly RelationType[];
  limit: number;
}

export interface Neighbourhood {
  entities: { key: string; distance: number }[];
  relationships: RelationshipView[];
}

export interface PathOptions {
  maxHops: number;
  limit: number;
  types?: readonly RelationType[];
}

export interface GraphPath {
  keys: string[];
  hops: { subjectKey: string; type: RelationType; objectKey: string }[];
}

export interface TimelineOptions {
  bucket: Bucket;
  since?: string;
  until?: string;
}

export interface TimelineBucket {
  /** ISO date of the bucket's first day (weeks start on Monday). */
  start: string;
  mentions: number;
  articles: number;
  statements: number;
}

export interface CooccurrenceOptions {
  types?: readonly EntityType[];
  since?: string;
  until?: string;
  limit: number;
}

export interface Cooccurrence {
  key: string;
  count: number;
  articleCount: number;
  pmi: number;
}

export interface ArticleFilter {
  since?: string;
  until?: string;
  source?: string;
  /** Articles that mention ALL of these entity keys. */
  mentions?: readonly string[];
}

export interface EventFilter {
  /** Events in which ALL of these entities participated (PARTICIPATED_IN). */
  participants?: readonly string[];
  /** Key of the place (HELD_IN target or role 'place'). */
  place?: string;
  since?: string;
  until?: string;
}

export interface TopEntitiesOptions {
  type?: EntityType;
  since?: string;
  until?: string;
  limit: number;
}

export interface EntityCount {
  key: string;
  mentions: number;
  articles: number;
}

export interface RelationCountOptions {
  types?: readonly RelationType[];
  since?: string;
  until?: string;
  bucket?: Bucket;
}

export interface RelationCount {
  type: RelationType;
  bucket?: string;
  count: number;
}

export type { RelationshipFilter };
