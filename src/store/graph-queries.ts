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
 *
 * Rules shared by every method:
 * - **Keys and strings** compare by UTF-16 code unit (JavaScript `<`, SQLite BINARY, Cypher `<`).
 * - **Relationships** are the aggregated relationships of docs/store-semantics.md (one per
 *   subject/type/object with a non-negated statement; never CO_MENTIONED, MENTIONS or anything
 *   outside RELATION_TYPES). `types` (when given and non-empty) narrows them; an empty list means
 *   all types. A walk follows a relationship in either direction.
 * - **Article date** = `publishedAt ?? ingestedAt`. **Statement date** = `date ?? article
 *   .publishedAt` (the date of an aggregated relationship's statements); a statement without one
 *   fails any date range and is not bucketed.
 * - **Date ranges** `since`/`until` are inclusive ISO strings: a date D is in range when
 *   `D >= since` and `D.slice(0, until.length) <= until` (so until `2025-05-08` includes
 *   `2025-05-08T18:30:00Z`, and until `2025-05` includes all of May).
 * - **Buckets** take the first 10 characters of a date as the calendar day (no time-zone shift):
 *   DAY is that day, WEEK the Monday on or before it, MONTH `YYYY-MM-01`; a partial date
 *   (`YYYY-MM`, `YYYY`) is its first day. A bucket is named by that ISO day (`YYYY-MM-DD`);
 *   empty buckets are never returned.
 * - **Validation**: `depth` must be an integer 1–3, `maxHops` 1–6, every `limit` an integer
 *   0–10,000, `offset` an integer ≥ 0; otherwise InvalidInputError (nothing is read).
 * - **Unknown keys or ids** give an empty answer (never NotFoundError).
 */
export interface GraphQueries {
  /**
   * Entities within `depth` hops (1–3) of `key` over relationships (either direction, `types`
   * when given). Each entity once, at its shortest distance; ordered by distance asc, then the
   * entity's mentionCount desc, then key; at most `limit` (the start entity is never listed).
   * `relationships` are every relationship (of the walked types) whose two ends are both among
   * the start and the returned entities, each seen from its subject (`direction: 'OUT'`,
   * `otherKey = objectKey`), ordered by subjectKey, type, objectKey.
   */
  neighbourhood(key: string, options: NeighbourhoodOptions): Promise<Neighbourhood>;
  /**
   * Simple paths (no entity twice) from `from` to `to` over relationships in either direction,
   * of 1..maxHops hops (maxHops 1–6). A path is its sequence of entity keys: two entities linked
   * by several relationships give one path, whose hop is the link that comes first by type,
   * then subjectKey (among `types` when given), stated in its stored direction. Ordered by
   * length asc, then by `keys` compared element by element; at most `limit`. `from === to` or
   * an unknown key → [].
   */
  paths(from: string, to: string, options: PathOptions): Promise<GraphPath[]>;
  /**
   * Per bucket of article date (within since/until), for the entity `key`: `mentions` = its
   * mention rows in those articles, `articles` = distinct articles that mention it or hold a
   * statement with it as subject or object, `statements` = statements (any modality, self-loops
   * once) with it as subject or object in those articles. Ordered by `start` asc.
   */
  timeline(key: string, options: TimelineOptions): Promise<TimelineBucket[]>;
  /**
   * Entities co-mentioned in a sentence with `key`, counted over articles dated in range:
   * `count` = sum of the per-article sentence counts, `articleCount` = those articles. PMI is
   * log2(P(a,b) / (P(a) P(b))) with P(a,b) = articleCount / N, P(x) = articles in range
   * mentioning x / N, N = all articles in range. `types` filters the other entity's type.
   * Ordered by count desc, then articleCount desc, then key; at most `limit`.
   */
  cooccurrences(key: string, options: CooccurrenceOptions): Promise<Cooccurrence[]>;
  /**
   * Keys of the entities (other than a and b) with a relationship (either direction, `types`
   * when given) to both a and b, sorted by key.
   */
  commonNeighbours(a: string, b: string, types?: readonly RelationType[]): Promise<string[]>;
  /**
   * Articles by filter (article date in range; `source` equal; a mention row of every key in
   * `mentions`), newest first (article date desc, then id asc), paged. Each as `getArticle`.
   */
  articles(filter: ArticleFilter, page: Page): Promise<ArticleView[]>;
  /**
   * Entities of type Event by filter, newest event date first (`attributes.date` desc, events
   * without a date last, then key asc), paged. `since`/`until` apply to `attributes.date` (an
   * event without one fails any date range). Each as `getEntities` gives it.
   */
  events(filter: EventFilter, page: Page): Promise<EntityView[]>;
  /**
   * Most-mentioned entities (of `type` when given). Without a range: mentionCount/articleCount
   * as stored. With since/until: mention rows and distinct articles among articles dated in
   * range. Entities with no mention counted are left out. Ordered by mentions desc, then key.
   */
  topEntities(options: TopEntitiesOptions): Promise<EntityCount[]>;
  /**
   * Statements that count toward aggregated relationships (non-negated, subject ≠ object), per
   * relation type (among `types` when given), with statement date in range. With `bucket`, one
   * row per type and bucket of statement date (undated statements left out); without, one row
   * per type and no `bucket` field. Ordered by type, then bucket.
   */
  relationCounts(options: RelationCountOptions): Promise<RelationCount[]>;
  /**
   * An article's statements, negated included, each as `statementsBetween` gives it, ordered
   * by evidence.start asc, then id.
   */
  statementsInArticle(articleId: string): Promise<StatementView[]>;
  /** An article's quotes, as `quotesBy` gives them, ordered by start asc, then id. */
  quotesInArticle(articleId: string): Promise<QuoteView[]>;
}

export type Bucket = 'DAY' | 'WEEK' | 'MONTH';

export interface NeighbourhoodOptions {
  /** 1–3. */
  depth: number;
  types?: readonly RelationType[];
  /** 0–10,000 entities. */
  limit: number;
  /**
   * Whether to read the relationships among the entities (default true). False answers with an
   * empty list and saves the expansion of every member: the API asks only when a query selects
   * them.
   */
  relationships?: boolean;
  /**
   * Whether to answer with entity views too (default false): each listed entity's `entity` and
   * the neighbourhood's `start`, as getEntities gives them. The API shows the neighbours, so it
   * asks, and saves a second read.
   */
  views?: boolean;
  /**
   * With `views`: 'identity' lets a store fill each listed entity's view with key, type and name
   * only (aliases empty, counts 0, curated false, no optional fields) when the caller shows no
   * more; `start` stays a whole view. Default 'all'. A store may always give whole views.
   */
  viewFields?: 'all' | 'identity';
}

export interface Neighbourhood {
  entities: Neighbour[];
  relationships: RelationshipView[];
  /** With `views`: the start entity, null when no entity has the key. */
  start?: EntityView | null;
}

export interface Neighbour {
  key: string;
  distance: number;
  /** With `views`: the entity as getEntities gives it. */
  entity?: EntityView;
}

export interface PathOptions {
  /** 1–6. */
  maxHops: number;
  /** 0–10,000 paths. */
  limit: number;
  types?: readonly RelationType[];
}

export interface GraphPath {
  /** From `from` to `to`, hops + 1 keys. */
  keys: string[];
  /** hops[i] links keys[i] and keys[i + 1], in whichever direction it is stored. */
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
  /** Events in which ALL of these entities participated (PARTICIPATED_IN, subject → event). */
  participants?: readonly string[];
  /**
   * Key of the place: the event HELD_IN it (event → place), or it PARTICIPATED_IN the event
   * (place → event) with 'place' among the relationship's roles.
   */
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
  /** The bucket's first day, present only when a bucket was asked for. */
  bucket?: string;
  count: number;
}

export type { RelationshipFilter };
