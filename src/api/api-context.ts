import type { Logger } from '../logging';
import type { ArticleIngestor } from '../ingest/article-ingestor';
import type { GraphQueries } from '../store/graph-queries';
import type { GraphStore } from '../store/graph-store';
import type { Caller } from './auth/caller';
import type { Loaders } from './loaders/create-loaders';
import type { ArticleChangeFollower } from './live/follow-article-changes';

/** The store as the API sees it: the writes and reads of GraphStore plus the analytical queries. */
export type ApiStore = GraphStore & GraphQueries;

/** What every resolver receives: built once per request (the loaders cache for that request only). */
export interface ApiContext {
  store: ApiStore;
  loaders: Loaders;
  ingestor: ArticleIngestor;
  /** The change feed follower behind `articleIngested`. */
  live: ArticleChangeFollower;
  caller: Caller;
  requestId: string;
  /** The API's logger; a line about this request names `requestId` itself. */
  logger: Logger;
}
