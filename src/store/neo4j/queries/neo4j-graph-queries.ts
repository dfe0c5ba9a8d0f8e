import type { RelationType } from '../../../model/entity-types';
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
} from '../../graph-queries';
import type { ArticleView, EntityView, Page, QuoteView, StatementView } from '../../graph-store';
import { readTx, type Neo4jContext } from '../neo4j-context';
import { readStatement } from '../read-statement';
import { quotesInArticle, statementsInArticle } from './article-content';
import { commonNeighbours } from './common-neighbours';
import { cooccurrences } from './cooccurrences';
import { events } from './events';
import { listArticles } from './list-articles';
import { neighbourhood } from './neighbourhood';
import { paths } from './paths';
import { relationCounts } from './relation-counts';
import { timeline } from './timeline';
import { topEntities } from './top-entities';

/**
 * GraphQueries on Neo4j, each method in its own session: one statement as one auto-commit read
 * (readStatement), `paths` (a statement per level of its search) as one read transaction.
 */
export class Neo4jGraphQueries implements GraphQueries {
  constructor(private readonly ctx: Neo4jContext) {}

  neighbourhood(key: string, options: NeighbourhoodOptions): Promise<Neighbourhood> {
    return readStatement(this.ctx, (tx) => neighbourhood(tx, key, options));
  }

  paths(from: string, to: string, options: PathOptions): Promise<GraphPath[]> {
    return readTx(this.ctx, (tx) => paths(tx, from, to, options));
  }

  timeline(key: string, options: TimelineOptions): Promise<TimelineBucket[]> {
    return readStatement(this.ctx, (tx) => timeline(tx, key, options));
  }

  cooccurrences(key: string, options: CooccurrenceOptions): Promise<Cooccurrence[]> {
    return readStatement(this.ctx, (tx) => cooccurrences(tx, key, options));
  }

  commonNeighbours(a: string, b: string, types?: readonly RelationType[]): Promise<string[]> {
    return readStatement(this.ctx, (tx) => commonNeighbours(tx, a, b, types));
  }

  articles(filter: ArticleFilter, page: Page): Promise<ArticleView[]> {
    return readStatement(this.ctx, (tx) => listArticles(tx, filter, page));
  }

  events(filter: EventFilter, page: Page): Promise<EntityView[]> {
    return readStatement(this.ctx, (tx) => events(tx, filter, page));
  }

  topEntities(options: TopEntitiesOptions): Promise<EntityCount[]> {
    return readStatement(this.ctx, (tx) => topEntities(tx, options));
  }

  relationCounts(options: RelationCountOptions): Promise<RelationCount[]> {
    return readStatement(this.ctx, (tx) => relationCounts(tx, options));
  }

  statementsInArticle(articleId: string): Promise<StatementView[]> {
    return readStatement(this.ctx, (tx) => statementsInArticle(tx, articleId));
  }

  quotesInArticle(articleId: string): Promise<QuoteView[]> {
    return readStatement(this.ctx, (tx) => quotesInArticle(tx, articleId));
  }
}
