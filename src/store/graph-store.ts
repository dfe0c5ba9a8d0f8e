import type { ArticleGraph, ArticleRecord, StatementRecord } from '../model/graph';
import type { EntityType, RelationType } from '../model/entity-types';
import type { GraphQueries } from './graph-queries';

/**
 * The one interface both stores implement (SQLite embedded default, Neo4j production). Every
 * method must give the same answer from both; `test/store/contract.ts` pins that down and runs
 * unchanged against each adapter. The connection (better-sqlite3 handle, neo4j Driver) is
 * injected into the adapter's constructor; the adapter never creates its own.
 */
export interface GraphStore extends GraphQueries {
  readonly kind: 'sqlite' | 'neo4j';

  /** Apply pending schema migrations idempotently; returns the version now recorded. */
  migrate(): Promise<number>;
  /** The applied schema version, or null when the store was never migrated. */
  schemaVersion(): Promise<number | null>;
  /** Throws StoreUnavailableError when the store cannot answer. */
  ping(): Promise<void>;
  close(): Promise<void>;

  // ---- writes (each one transaction) ----

  /**
   * Write one article's graph. Unknown article id → created; same id and same content hash →
   * unchanged (no write at all); same id, new hash → its mentions, statements, quotes and
   * co-mentions are replaced atomically and aggregates adjusted. Entities are MERGEd by key;
   * aliases accumulate.
   */
  upsertArticle(graph: ArticleGraph): Promise<UpsertResult>;
  /**
   * Write several articles' graphs in one transaction (all or nothing): the results, in order,
   * and the end state are those of calling `upsertArticle` on each in order — an id given twice
   * is created, then updated or unchanged. Any invalid graph → `InvalidInputError`, nothing
   * written. The ingest path: one round trip per batch instead of per article.
   */
  upsertArticles(graphs: readonly ArticleGraph[]): Promise<UpsertResult[]>;
  /**
   * Retract an article and everything only it supported. Entities left without mentions are
   * removed unless curated (merged into, or given an alias by an analyst). False when unknown.
   */
  deleteArticle(articleId: string): Promise<boolean>;
  /** Of the given content hashes, those already stored (for resumable ingest). */
  knownContentHashes(hashes: readonly string[]): Promise<Set<string>>;
  /**
   * The stored content hash of each of the given article ids that is stored (for ingest: which
   * articles a batch replaces, and whether a repeated one is unchanged), in one round trip.
   */
  contentHashesOf(articleIds: readonly string[]): Promise<Map<string, string>>;

  // ---- curation ----

  /** Move mentions, statements, quotes and aliases of `keys` onto `into`; recorded and undoable. */
  mergeEntities(keys: readonly string[], into: string, by: CurationActor): Promise<MergeRecord>;
  /**
   * Each merge as `mergeEntities` makes it, one after the other (a later one sees what earlier
   * ones moved), in one transaction: all are recorded or, on the first error, none. For passes
   * that merge hundreds of entities at once, where a transaction per merge is most of the cost.
   */
  mergeEntitiesInOrder(merges: readonly EntityMerge[]): Promise<MergeRecord[]>;
  /**
   * Gives back what the merge moved, as far as later changes allow (docs/store-semantics.md);
   * `StoreConflictError`, changing nothing, when that cannot be done safely; `NotFoundError` for
   * an unknown or already undone merge.
   */
  undoMerge(mergeId: string, by: CurationActor): Promise<void>;
  addAlias(key: string, alias: string, by: CurationActor): Promise<EntityView>;

  // ---- reads ----

  /**
   * The change feed: articles created or updated by writes after change number `after` (0: from
   * the first), in commit order, at most `limit`. Every write that creates or replaces an
   * article gives it the next change number, so a server can follow ingests that other
   * processes (the CLI) make and tell its live subscribers. An article appears once, at its
   * latest change; a deleted one not at all; `entityKeys` are those it names now.
   */
  articleChangesSince(after: number, limit: number): Promise<ArticleChange[]>;
  /** The newest change number, 0 before any: where a follower that wants only news starts. */
  latestArticleChange(): Promise<number>;

  getArticle(id: string): Promise<ArticleView | null>;
  /**
   * Every article mentioning any of `keys`, once each, newest first as `articles` orders them
   * (publishedAt, else ingestedAt, desc; then id): which of `keys` it mentions and the keys it
   * names (`ArticleView.entityKeys`). `articles({ mentions: [key] })` for many keys in one round
   * trip, without the articles' text: the evidence the end-of-run passes weigh.
   */
  entityKeysOfArticlesMentioning(keys: readonly string[]): Promise<ArticleEntityKeys[]>;
  /** Entities by key, in the order asked; a missing key yields null in its slot. */
  getEntities(keys: readonly string[]): Promise<(EntityView | null)[]>;
  /**
   * For each of `keys` (every key present, with none when it shares no sentence), the entities
   * named in a sentence with it over all articles, as `cooccurrences` without a date range gives
   * them (without PMI, with each one's type), in its order: count desc, articleCount desc, key.
   * Many keys in one round trip: the sentence company the end-of-run passes weigh.
   */
  coMentionsOf(keys: readonly string[]): Promise<Map<string, CoMention[]>>;
  /** Exact match on the normalised name or any alias; the most mentioned first. */
  findEntitiesByName(name: string, type?: EntityType): Promise<EntityView[]>;
  /**
   * `findEntitiesByName` for many names in one round trip: one answer per query, in the order
   * asked, each ordered as `findEntitiesByName` orders it. Ingest asks a batch's names with it.
   */
  findEntitiesByNames(queries: readonly NameLookup[]): Promise<EntityView[][]>;
  /** Full-text over names and aliases, tolerant of a typo or missing diacritic, ranked. */
  searchEntities(query: string, options: SearchOptions): Promise<SearchHit[]>;
  /** Aggregated relationships of each entity, keyed by entity key (batched for DataLoader). */
  relationshipsOf(
    keys: readonly string[],
    filter: RelationshipFilter,
  ): Promise<Map<string, RelationshipView[]>>;
  /** The statements behind one aggregated relationship, most confident first. */
  statementsBetween(
    subjectKey: string,
    type: RelationType,
    objectKey: string,
  ): Promise<StatementView[]>;
  quotesBy(speakerKey: string, page: Page): Promise<QuoteView[]>;
  stats(): Promise<GraphStats>;
  /**
   * The whole graph in a canonical, order-independent form. For tests (the two stores must agree,
   * re-ingest must change nothing) and small exports; not for large graphs.
   */
  snapshot(): Promise<GraphSnapshot>;
}

export type UpsertStatus = 'created' | 'updated' | 'unchanged';

export interface UpsertResult {
  articleId: string;
  status: UpsertStatus;
  entityKeys: string[];
}

/** One entry of the change feed (`articleChangesSince`). */
export interface ArticleChange {
  /** The change number: increasing in commit order across every writer of the store. */
  seq: number;
  articleId: string;
  status: 'created' | 'updated';
  /** The keys of the entities the article names, sorted. */
  entityKeys: string[];
}

/** One entity named in a sentence with another (`coMentionsOf`). */
export interface CoMention {
  key: string;
  type: EntityType;
  /** Sentences naming both, summed over articles. */
  count: number;
  /** Articles with such a sentence. */
  articleCount: number;
}

/** One article of `entityKeysOfArticlesMentioning`. */
export interface ArticleEntityKeys {
  articleId: string;
  /** Those of the keys asked that the article mentions, sorted. */
  mentioned: string[];
  /** As `ArticleView.entityKeys`: every entity it mentions or refers to, sorted. */
  entityKeys: string[];
}

export interface CurationActor {
  by: string;
  reason?: string;
}

/** One merge of `mergeEntitiesInOrder`: the arguments of `mergeEntities`. */
export interface EntityMerge {
  keys: readonly string[];
  into: string;
  by: CurationActor;
}

export interface MergeRecord {
  id: string;
  into: string;
  merged: string[];
  by: string;
  reason?: string;
  at: string;
}

export interface Page {
  limit: number;
  offset: number;
}

export interface SearchOptions extends Page {
  types?: readonly EntityType[];
  /**
   * 'identity' lets a store fill each hit's view with key, type and name only (aliases empty,
   * counts 0, curated false, no optional fields) when the caller shows no more; ranking is
   * unchanged. Default 'all'. A store may always give whole views.
   */
  viewFields?: 'all' | 'identity';
}

export interface SearchHit {
  entity: EntityView;
  score: number;
}

export type Direction = 'OUT' | 'IN' | 'BOTH';

export interface RelationshipFilter {
  types?: readonly RelationType[];
  direction?: Direction;
  /**
   * ISO dates; a relationship passes when any of its statements falls in range, by the date
   * range rule of GraphQueries (until 2025-05 includes all of May).
   */
  since?: string;
  until?: string;
  minConfidence?: number;
  minSources?: number;
}

/** One name to look up: matched exactly on normalised names and aliases, of one type if given. */
export interface NameLookup {
  name: string;
  type?: EntityType;
}

export interface EntityView {
  key: string;
  type: EntityType;
  name: string;
  aliases: string[];
  wikidataId?: string;
  attributes?: Record<string, string>;
  mentionCount: number;
  articleCount: number;
  /** Earliest/latest publishedAt (else ingestedAt) of the articles mentioning it. */
  firstSeen?: string;
  lastSeen?: string;
  curated: boolean;
}

export interface ArticleView extends ArticleRecord {
  entityKeys: string[];
  statementCount: number;
  quoteCount: number;
}

export interface RelationshipView {
  type: RelationType;
  subjectKey: string;
  objectKey: string;
  /** The entity at the other end, seen from the key that was asked for. */
  otherKey: string;
  direction: 'OUT' | 'IN';
  statementCount: number;
  articleCount: number;
  sourceCount: number;
  maxConfidence: number;
  meanConfidence: number;
  firstDate?: string;
  lastDate?: string;
  roles?: string[];
}

export interface StatementView extends StatementRecord {
  articleId: string;
  article: Pick<ArticleRecord, 'id' | 'title' | 'url' | 'publishedAt' | 'source'>;
}

export interface QuoteView {
  id: string;
  speakerKey?: string;
  text: string;
  start: number;
  end: number;
  confidence: number;
  rule: string;
  mentionedKeys: string[];
  articleId: string;
}

export interface GraphStats {
  articles: number;
  sources: number;
  entitiesByType: Record<string, number>;
  statementsByType: Record<string, number>;
  relationshipsByType: Record<string, number>;
  quotes: number;
  mentions: number;
}

/** Canonical form: every array sorted by its natural key, numbers rounded to 6 decimals. */
export interface GraphSnapshot {
  articles: { id: string; contentHash: string; source?: string }[];
  entities: {
    key: string;
    type: EntityType;
    name: string;
    aliases: string[];
    mentionCount: number;
    articleCount: number;
  }[];
  mentions: { articleId: string; entityKey: string; start: number; end: number }[];
  statements: (Pick<
    StatementRecord,
    'id' | 'type' | 'subjectKey' | 'objectKey' | 'confidence' | 'rule' | 'modality'
  > & { articleId: string })[];
  relationships: Omit<RelationshipView, 'otherKey' | 'direction'>[];
  quotes: { id: string; articleId: string; speakerKey?: string }[];
  cooccurrences: { a: string; b: string; count: number; articleCount: number }[];
}
