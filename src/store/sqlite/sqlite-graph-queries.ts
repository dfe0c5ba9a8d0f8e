import type { RelationType } from '../../model/entity-types';
import type {
  ArticleFilter,
  Cooccurrence,
  CooccurrenceOptions,
  EntityCount,
  EventFilter,
  GraphPath,
  GraphQueries,
  Neighbourhood,
  NeighbourhoodOptions,
  PathOptions,
  RelationCount,
  RelationCountOptions,
  TimelineBucket,
  TimelineOptions,
  TopEntitiesOptions,
} from '../graph-queries';
import type { ArticleView, EntityView, Page, QuoteView, StatementView } from '../graph-store';
import { mapSqliteError } from './map-sqlite-error';
import { quotesInArticle, statementsInArticle } from './queries/article-contents';
import { commonNeighbours } from './queries/common-neighbours';
import { cooccurrences } from './queries/cooccurrences';
import { listArticles } from './queries/list-articles';
import { listEvents } from './queries/list-events';
import { neighbourhood } from './queries/neighbourhood';
import { paths } from './queries/paths';
import { relationCounts } from './queries/relation-counts';
import { timeline } from './queries/timeline';
import { topEntities } from './queries/top-entities';
import type { SqliteContext } from './sqlite-context';

/**
 * The analytical reads of the SQLite store (src/store/sqlite/queries/), kept apart from the
 * store's writes and plain reads. Each read that takes several statements runs in one read
 * transaction, so under WAL it sees one snapshot even while another connection writes.
 */
export abstract class SqliteGraphQueries implements GraphQueries {
  protected constructor(protected readonly ctx: SqliteContext) {}

  async neighbourhood(key: string, options: NeighbourhoodOptions): Promise<Neighbourhood> {
    return this.read(() => neighbourhood(this.ctx, key, options));
  }

  async paths(from: string, to: string, options: PathOptions): Promise<GraphPath[]> {
    return this.read(() => paths(this.ctx, from, to, options));
  }

  async timeline(key: string, options: TimelineOptions): Promise<TimelineBucket[]> {
    return this.guard(() => timeline(this.ctx, key, options));
  }

  async cooccurrences(key: string, options: CooccurrenceOptions): Promise<Cooccurrence[]> {
    return this.read(() => cooccurrences(this.ctx, key, options));
  }

  async commonNeighbours(a: string, b: string, types?: readonly RelationType[]): Promise<string[]> {
    return this.guard(() => commonNeighbours(this.ctx, a, b, types));
  }

  async articles(filter: ArticleFilter, page: Page): Promise<ArticleView[]> {
    return this.read(() => listArticles(this.ctx, filter, page));
  }

  async events(filter: EventFilter, page: Page): Promise<EntityView[]> {
    return this.read(() => listEvents(this.ctx, filter, page));
  }

  async topEntities(options: TopEntitiesOptions): Promise<EntityCount[]> {
    return this.guard(() => topEntities(this.ctx, options));
  }

  async relationCounts(options: RelationCountOptions): Promise<RelationCount[]> {
    return this.guard(() => relationCounts(this.ctx, options));
  }

  async statementsInArticle(articleId: string): Promise<StatementView[]> {
    return this.guard(() => statementsInArticle(this.ctx, articleId));
  }

  async quotesInArticle(articleId: string): Promise<QuoteView[]> {
    return this.guard(() => quotesInArticle(this.ctx, articleId));
  }

  /** Several statements, one snapshot (a deferred transaction takes no write lock). */
  protected read<T>(work: () => T): T {
    return this.guard(() => this.ctx.db.transaction(work).deferred());
  }

  protected guard<T>(work: () => T): T {
    try {
      return work();
    } catch (error) {
      throw mapSqliteError(error);
    }
  }
}
