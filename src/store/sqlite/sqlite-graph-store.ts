import type { Database } from 'better-sqlite3';
import type { EntityType, RelationType } from '../../model/entity-types';
import type { ArticleGraph } from '../../model/graph';
import type {
  ArticleChange,
  ArticleEntityKeys,
  ArticleView,
  CoMention,
  CurationActor,
  EntityMerge,
  EntityView,
  NameLookup,
  GraphSnapshot,
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
import { getArticle, quotesBy, statementsBetween } from './article-reads';
import { deleteArticleGraph, writeArticleGraph } from './article-writes';
import { findEntitiesByName, findEntitiesByNames, getEntities } from './entity-reads';
import { graphSnapshot, graphStats } from './graph-summary';
import { mergeEntities, mergeEntitiesInOrder } from './merge-entities';
import { applyMigrations, loadMigrations, readSchemaVersion, type Migration } from './migrations';
import { relationshipsOf } from './relationship-reads';
import { searchEntities } from './search-entities';
import { createSqliteContext } from './sqlite-context';
import { SqliteGraphQueries } from './sqlite-graph-queries';
import { undoMerge } from './undo-merge';
import { validateArticleGraph } from '../validate-article-graph';

export interface SqliteGraphStoreOptions {
  /** Defaults to the numbered .sql files in ./migrations. */
  migrations?: readonly Migration[];
}

/**
 * The embedded GraphStore (its analytical reads inherited from SqliteGraphQueries). better-sqlite3 is synchronous, so every method does its work at once
 * and resolves; each write is one IMMEDIATE transaction, so concurrent callers in this process
 * are serialised and other processes wait on the busy timeout rather than deadlock.
 */
export class SqliteGraphStore extends SqliteGraphQueries implements GraphStore {
  readonly kind = 'sqlite' as const;
  private readonly migrations: readonly Migration[];

  constructor(db: Database, options: SqliteGraphStoreOptions = {}) {
    super(createSqliteContext(db));
    this.migrations = options.migrations ?? loadMigrations();
  }

  async migrate(): Promise<number> {
    return this.guard(() => applyMigrations(this.ctx.db, this.migrations));
  }

  async schemaVersion(): Promise<number | null> {
    return this.guard(() => readSchemaVersion(this.ctx.db));
  }

  async ping(): Promise<void> {
    this.guard(() => this.ctx.db.prepare('SELECT 1').get());
  }

  async close(): Promise<void> {
    if (this.ctx.db.open) this.ctx.db.close();
  }

  async upsertArticle(graph: ArticleGraph): Promise<UpsertResult> {
    validateArticleGraph(graph);
    return this.write(() => writeArticleGraph(this.ctx, graph));
  }

  async upsertArticles(graphs: readonly ArticleGraph[]): Promise<UpsertResult[]> {
    graphs.forEach(validateArticleGraph);
    // One commit for the batch: the commit (WAL append of every page touched, full-text index
    // pages included) costs more than the article's own statements.
    return this.write(() => graphs.map((graph) => writeArticleGraph(this.ctx, graph)));
  }

  async deleteArticle(articleId: string): Promise<boolean> {
    return this.write(() => deleteArticleGraph(this.ctx, articleId));
  }

  async knownContentHashes(hashes: readonly string[]): Promise<Set<string>> {
    if (hashes.length === 0) return new Set();
    return this.guard(
      () =>
        new Set(
          this.ctx
            .sql(
              `SELECT DISTINCT content_hash FROM articles
               WHERE content_hash IN (SELECT value FROM json_each(?))`,
            )
            .pluck()
            .all(JSON.stringify(hashes)) as string[],
        ),
    );
  }

  async contentHashesOf(articleIds: readonly string[]): Promise<Map<string, string>> {
    if (articleIds.length === 0) return new Map();
    return this.guard(() => {
      const rows = this.ctx
        .sql(
          `SELECT id, content_hash AS hash FROM articles
           WHERE id IN (SELECT value FROM json_each(?))`,
        )
        .all(JSON.stringify([...new Set(articleIds)])) as { id: string; hash: string }[];
      return new Map(rows.map((row) => [row.id, row.hash]));
    });
  }

  async mergeEntities(
    keys: readonly string[],
    into: string,
    by: CurationActor,
  ): Promise<MergeRecord> {
    return this.write(() => mergeEntities(this.ctx, keys, into, by));
  }

  async mergeEntitiesInOrder(merges: readonly EntityMerge[]): Promise<MergeRecord[]> {
    return this.write(() => mergeEntitiesInOrder(this.ctx, merges));
  }

  async undoMerge(mergeId: string, by: CurationActor): Promise<void> {
    this.write(() => undoMerge(this.ctx, mergeId, by));
  }

  async addAlias(key: string, alias: string, _by: CurationActor): Promise<EntityView> {
    return this.write(() => addAlias(this.ctx, key, alias));
  }

  async articleChangesSince(after: number, limit: number): Promise<ArticleChange[]> {
    return this.guard(() => articleChangesSince(this.ctx, after, limit));
  }

  async latestArticleChange(): Promise<number> {
    return this.guard(() => latestArticleChange(this.ctx));
  }

  async getArticle(id: string): Promise<ArticleView | null> {
    return this.guard(() => getArticle(this.ctx, id));
  }

  async entityKeysOfArticlesMentioning(keys: readonly string[]): Promise<ArticleEntityKeys[]> {
    return this.read(() => entityKeysOfArticlesMentioning(this.ctx, keys));
  }

  async getEntities(keys: readonly string[]): Promise<(EntityView | null)[]> {
    return this.guard(() => getEntities(this.ctx, keys));
  }

  async coMentionsOf(keys: readonly string[]): Promise<Map<string, CoMention[]>> {
    return this.guard(() => coMentionsOf(this.ctx, keys));
  }

  async findEntitiesByName(name: string, type?: EntityType): Promise<EntityView[]> {
    return this.guard(() => findEntitiesByName(this.ctx, name, type));
  }

  async findEntitiesByNames(queries: readonly NameLookup[]): Promise<EntityView[][]> {
    return this.guard(() => findEntitiesByNames(this.ctx, queries));
  }

  async searchEntities(query: string, options: SearchOptions): Promise<SearchHit[]> {
    return this.guard(() => searchEntities(this.ctx, query, options));
  }

  async relationshipsOf(
    keys: readonly string[],
    filter: RelationshipFilter,
  ): Promise<Map<string, RelationshipView[]>> {
    return this.guard(() => relationshipsOf(this.ctx, keys, filter));
  }

  async statementsBetween(
    subjectKey: string,
    type: RelationType,
    objectKey: string,
  ): Promise<StatementView[]> {
    return this.guard(() => statementsBetween(this.ctx, subjectKey, type, objectKey));
  }

  async quotesBy(speakerKey: string, page: Page): Promise<QuoteView[]> {
    return this.guard(() => quotesBy(this.ctx, speakerKey, page));
  }

  async stats(): Promise<GraphStats> {
    return this.guard(() => graphStats(this.ctx));
  }

  async snapshot(): Promise<GraphSnapshot> {
    // One read transaction, so the parts agree even if another connection writes meanwhile.
    return this.guard(() => this.ctx.db.transaction(() => graphSnapshot(this.ctx))());
  }

  private write<T>(work: () => T): T {
    return this.guard(() => this.ctx.db.transaction(work).immediate());
  }
}
