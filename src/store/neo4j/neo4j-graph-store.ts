import type { Driver } from 'neo4j-driver';
import { StoreConflictError, StoreUnavailableError } from '../../errors';
import type { EntityType, RelationType } from '../../model/entity-types';
import type { ArticleGraph } from '../../model/graph';
import { validateArticleGraph } from '../validate-article-graph';
import type {
  ArticleChange,
  ArticleEntityKeys,
  ArticleView,
  CoMention,
  CurationActor,
  EntityMerge,
  EntityView,
  GraphSnapshot,
  NameLookup,
  GraphStats,
  GraphStore,
  MergeRecord,
  Page,
  QuoteView,
  RelationshipFilter,
  RelationshipView,
  SearchHit,
  SearchOptions,
  StatementView,
  UpsertResult,
} from '../graph-store';
import { addAlias } from './add-alias';
import { articleChangesSince, latestArticleChange } from './article-changes';
import { entityKeysOfArticlesMentioning } from './article-entity-keys';
import { coMentionsOf } from './co-mentions-of';
import {
  contentHashesOf,
  getArticle,
  knownContentHashes,
  quotesBy,
  statementsBetween,
} from './article-reads';
import { deleteArticleGraph, writeArticleGraphs } from './article-writes';
import { loadCypherRegistry, type CypherRegistry } from './cypher-registry';
import { findEntitiesByName, findEntitiesByNames, getEntities } from './entity-reads';
import { graphSnapshot, graphStats } from './graph-summary';
import { mergeEntities, mergeEntitiesInOrder } from './merge-entities';
import { migrateSchema, readSchemaVersion } from './migrations';
import { readTx, writeTx, type Neo4jContext } from './neo4j-context';
import { readStatement } from './read-statement';
import { relationshipsOf } from './relationship-reads';
import { searchEntities } from './search-entities';
import { undoMerge } from './undo-merge';
import { Neo4jGraphQueries } from './queries/neo4j-graph-queries';
import type { GraphQueries } from '../graph-queries';

export interface Neo4jGraphStoreOptions {
  /** Default: the server's default database. */
  database?: string;
  /** Default: the statements under the repository's cypher/ folder. */
  cypher?: CypherRegistry;
  /** Whether close() also closes the driver (true when the store created it). */
  ownsDriver?: boolean;
  /** Where the server is, for messages (never with credentials), e.g. "bolt://db:7687". */
  address?: string;
}

/** Two concurrent first writes of one article can meet at a constraint; once more then agrees. */
const CONFLICT_RETRIES = 2;

/**
 * The production GraphStore on Neo4j 5.26 or later (its statements write dynamic relationship
 * types; docs/store-semantics.md). The driver is injected; every method is one managed
 * transaction in its own session (the API's one-statement reads one auto-commit query:
 * readStatement), with its statements loaded from cypher/ at construction.
 */
export class Neo4jGraphStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  private readonly ctx: Neo4jContext;
  private readonly ownsDriver: boolean;
  /** The analytical reads (GraphQueries), in src/store/neo4j/queries/. */
  private readonly queries: GraphQueries;

  constructor(driver: Driver, options: Neo4jGraphStoreOptions = {}) {
    const database = options.database ?? 'neo4j';
    this.ctx = {
      driver,
      database,
      cypher: options.cypher ?? loadCypherRegistry(),
      address: `${options.address ?? 'Neo4j'} (database ${database})`,
    };
    this.ownsDriver = options.ownsDriver ?? false;
    this.queries = new Neo4jGraphQueries(this.ctx);
  }

  // ---- GraphQueries, delegated ----

  neighbourhood: GraphQueries['neighbourhood'] = (key, options) =>
    this.queries.neighbourhood(key, options);
  paths: GraphQueries['paths'] = (from, to, options) => this.queries.paths(from, to, options);
  timeline: GraphQueries['timeline'] = (key, options) => this.queries.timeline(key, options);
  cooccurrences: GraphQueries['cooccurrences'] = (key, options) =>
    this.queries.cooccurrences(key, options);
  commonNeighbours: GraphQueries['commonNeighbours'] = (a, b, types) =>
    this.queries.commonNeighbours(a, b, types);
  articles: GraphQueries['articles'] = (filter, page) => this.queries.articles(filter, page);
  events: GraphQueries['events'] = (filter, page) => this.queries.events(filter, page);
  topEntities: GraphQueries['topEntities'] = (options) => this.queries.topEntities(options);
  relationCounts: GraphQueries['relationCounts'] = (options) =>
    this.queries.relationCounts(options);
  statementsInArticle: GraphQueries['statementsInArticle'] = (articleId) =>
    this.queries.statementsInArticle(articleId);
  quotesInArticle: GraphQueries['quotesInArticle'] = (articleId) =>
    this.queries.quotesInArticle(articleId);

  migrate(): Promise<number> {
    return migrateSchema(this.ctx);
  }

  schemaVersion(): Promise<number | null> {
    return readSchemaVersion(this.ctx);
  }

  async ping(): Promise<void> {
    try {
      // verifyConnectivity fails at once; a transaction would retry for maxTransactionRetryTime.
      await this.ctx.driver.verifyConnectivity({ database: this.ctx.database });
      await readTx(this.ctx, (tx) => tx.run('health/ping'));
    } catch (error) {
      if (error instanceof StoreUnavailableError) throw error;
      throw new StoreUnavailableError(
        `Neo4j at ${this.ctx.address} did not answer: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
  }

  async close(): Promise<void> {
    if (this.ownsDriver) await this.ctx.driver.close();
  }

  async upsertArticle(graph: ArticleGraph): Promise<UpsertResult> {
    const [result] = await this.upsertArticles([graph]);
    return result as UpsertResult;
  }

  async upsertArticles(graphs: readonly ArticleGraph[]): Promise<UpsertResult[]> {
    graphs.forEach(validateArticleGraph);
    if (graphs.length === 0) return [];
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await writeTx(this.ctx, (tx) => writeArticleGraphs(tx, graphs));
      } catch (error) {
        if (!(error instanceof StoreConflictError) || attempt >= CONFLICT_RETRIES) throw error;
      }
    }
  }

  deleteArticle(articleId: string): Promise<boolean> {
    return writeTx(this.ctx, (tx) => deleteArticleGraph(tx, articleId));
  }

  knownContentHashes(hashes: readonly string[]): Promise<Set<string>> {
    return readTx(this.ctx, (tx) => knownContentHashes(tx, hashes));
  }

  contentHashesOf(articleIds: readonly string[]): Promise<Map<string, string>> {
    return readTx(this.ctx, (tx) => contentHashesOf(tx, articleIds));
  }

  mergeEntities(keys: readonly string[], into: string, by: CurationActor): Promise<MergeRecord> {
    return writeTx(this.ctx, (tx) => mergeEntities(tx, keys, into, by));
  }

  mergeEntitiesInOrder(merges: readonly EntityMerge[]): Promise<MergeRecord[]> {
    return writeTx(this.ctx, (tx) => mergeEntitiesInOrder(tx, merges));
  }

  undoMerge(mergeId: string, by: CurationActor): Promise<void> {
    return writeTx(this.ctx, (tx) => undoMerge(tx, mergeId, by));
  }

  addAlias(key: string, alias: string, _by: CurationActor): Promise<EntityView> {
    return writeTx(this.ctx, (tx) => addAlias(tx, key, alias));
  }

  articleChangesSince(after: number, limit: number): Promise<ArticleChange[]> {
    return readTx(this.ctx, (tx) => articleChangesSince(tx, after, limit));
  }

  latestArticleChange(): Promise<number> {
    return readStatement(this.ctx, (tx) => latestArticleChange(tx));
  }

  getArticle(id: string): Promise<ArticleView | null> {
    return readStatement(this.ctx, (tx) => getArticle(tx, id));
  }

  entityKeysOfArticlesMentioning(keys: readonly string[]): Promise<ArticleEntityKeys[]> {
    return readStatement(this.ctx, (tx) => entityKeysOfArticlesMentioning(tx, keys));
  }

  getEntities(keys: readonly string[]): Promise<(EntityView | null)[]> {
    return readStatement(this.ctx, (tx) => getEntities(tx, keys));
  }

  coMentionsOf(keys: readonly string[]): Promise<Map<string, CoMention[]>> {
    return readStatement(this.ctx, (tx) => coMentionsOf(tx, keys));
  }

  findEntitiesByName(name: string, type?: EntityType): Promise<EntityView[]> {
    return readStatement(this.ctx, (tx) => findEntitiesByName(tx, name, type));
  }

  findEntitiesByNames(queries: readonly NameLookup[]): Promise<EntityView[][]> {
    return readStatement(this.ctx, (tx) => findEntitiesByNames(tx, queries));
  }

  searchEntities(query: string, options: SearchOptions): Promise<SearchHit[]> {
    return readStatement(this.ctx, (tx) => searchEntities(tx, query, options));
  }

  relationshipsOf(
    keys: readonly string[],
    filter: RelationshipFilter,
  ): Promise<Map<string, RelationshipView[]>> {
    return readStatement(this.ctx, (tx) => relationshipsOf(tx, keys, filter));
  }

  statementsBetween(
    subjectKey: string,
    type: RelationType,
    objectKey: string,
  ): Promise<StatementView[]> {
    return readStatement(this.ctx, (tx) => statementsBetween(tx, subjectKey, type, objectKey));
  }

  quotesBy(speakerKey: string, page: Page): Promise<QuoteView[]> {
    return readStatement(this.ctx, (tx) => quotesBy(tx, speakerKey, page));
  }

  stats(): Promise<GraphStats> {
    return readTx(this.ctx, (tx) => graphStats(tx));
  }

  snapshot(): Promise<GraphSnapshot> {
    return readTx(this.ctx, (tx) => graphSnapshot(tx));
  }
}
