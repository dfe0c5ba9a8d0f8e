import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityView, RelationshipView, StatementView, QuoteView, ArticleView, GraphStats, MergeRecord } from '../store/graph-store';
import type { PathModel, PathHopModel, NeighborEntityModel, RoleModel, ParticipantModel, IngestResultModel, ArticleIngestedModel, TypeCountModel } from './resolver-models';
import type { Neighbourhood, TimelineBucket as TimelineBucketRow, Cooccurrence as CooccurrenceRow, EntityCount as EntityCountRow, RelationCount as RelationCountRow } from '../store/graph-queries';
import type { ApiContext } from './api-context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** ISO 8601 date or timestamp, e.g. "2025-05-08" or "2025-05-08T09:30:00Z". */
  DateTime: { input: string; output: string; }
  /** Arbitrary JSON value (used for entity attributes). */
  JSON: { input: Record<string, string>; output: Record<string, string>; }
};

export type Article = {
  __typename?: 'Article';
  contentHash: Scalars['String']['output'];
  entities: Array<Entity>;
  id: Scalars['ID']['output'];
  ingestedAt: Scalars['DateTime']['output'];
  language: Scalars['String']['output'];
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  quotes: Array<Quote>;
  source?: Maybe<Scalars['String']['output']>;
  statements: Array<Statement>;
  text: Scalars['String']['output'];
  title?: Maybe<Scalars['String']['output']>;
  url?: Maybe<Scalars['String']['output']>;
  wordCount: Scalars['Int']['output'];
};

export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  edges: Array<ArticleEdge>;
  nodes: Array<Article>;
  pageInfo: PageInfo;
};

export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  cursor: Scalars['String']['output'];
  node: Article;
};

export type ArticleFilter = {
  /** Only articles that mention all of these entities. */
  mentions?: InputMaybe<Array<Scalars['ID']['input']>>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

export type ArticleIngestedEvent = {
  __typename?: 'ArticleIngestedEvent';
  article: Article;
  entities: Array<Entity>;
  status: IngestStatus;
};

export type ArticleInput = {
  html?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  publishedAt?: InputMaybe<Scalars['DateTime']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  /** Plain text body; give this or html. */
  text?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type Bucket =
  | 'DAY'
  | 'MONTH'
  | 'WEEK';

export type Cooccurrence = {
  __typename?: 'Cooccurrence';
  articleCount: Scalars['Int']['output'];
  count: Scalars['Int']['output'];
  entity: Entity;
  pmi: Scalars['Float']['output'];
};

export type DatePrecision =
  | 'day'
  | 'month'
  | 'year';

export type DeleteResult = {
  __typename?: 'DeleteResult';
  articleId: Scalars['ID']['output'];
  deleted: Scalars['Boolean']['output'];
};

export type Direction =
  | 'BOTH'
  | 'IN'
  | 'OUT';

/** A real-world thing named in the news: one node per thing across all articles. */
export type Entity = {
  __typename?: 'Entity';
  aliases: Array<Scalars['String']['output']>;
  articleCount: Scalars['Int']['output'];
  articles: ArticleConnection;
  attributes?: Maybe<Scalars['JSON']['output']>;
  /** True once an analyst merged into it or gave it an alias. */
  curated: Scalars['Boolean']['output'];
  firstSeen?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  lastSeen?: Maybe<Scalars['DateTime']['output']>;
  mentionCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** Entities within `depth` hops (1 to 3). */
  neighbors: Neighborhood;
  /**
   * For an event: who took part and in which role (host, guest, participant, organizer, place),
   * each with the statements that say so, most statements first. Empty for other types.
   */
  participants: Array<Participant>;
  quotes: QuoteConnection;
  relationships: RelationshipConnection;
  /** Events this entity took part in, with its role. */
  roles: Array<Role>;
  timeline: Array<TimelineBucket>;
  type: EntityType;
  wikidataId?: Maybe<Scalars['String']['output']>;
};


/** A real-world thing named in the news: one node per thing across all articles. */
export type EntityArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};


/** A real-world thing named in the news: one node per thing across all articles. */
export type EntityNeighborsArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};


/** A real-world thing named in the news: one node per thing across all articles. */
export type EntityQuotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A real-world thing named in the news: one node per thing across all articles. */
export type EntityRelationshipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  minSources?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  types?: InputMaybe<Array<RelationType>>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};


/** A real-world thing named in the news: one node per thing across all articles. */
export type EntityTimelineArgs = {
  bucket?: InputMaybe<Bucket>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

export type EntityConnection = {
  __typename?: 'EntityConnection';
  edges: Array<EntityEdge>;
  nodes: Array<Entity>;
  pageInfo: PageInfo;
};

export type EntityCount = {
  __typename?: 'EntityCount';
  articles: Scalars['Int']['output'];
  entity: Entity;
  mentions: Scalars['Int']['output'];
};

export type EntityEdge = {
  __typename?: 'EntityEdge';
  cursor: Scalars['String']['output'];
  node: Entity;
  /** Relevance, for search results. */
  score?: Maybe<Scalars['Float']['output']>;
};

export type EntityType =
  | 'Country'
  | 'Event'
  | 'Location'
  | 'Organization'
  | 'Person'
  | 'Project';

export type EventFilter = {
  participants?: InputMaybe<Array<Scalars['ID']['input']>>;
  place?: InputMaybe<Scalars['ID']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

export type Evidence = {
  __typename?: 'Evidence';
  end: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
  /** The sentence, exactly as it stands in the article's cleaned text. */
  text: Scalars['String']['output'];
};

export type IngestError = {
  __typename?: 'IngestError';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type IngestResult = {
  __typename?: 'IngestResult';
  article?: Maybe<Article>;
  articleId?: Maybe<Scalars['ID']['output']>;
  entities: Array<Entity>;
  error?: Maybe<IngestError>;
  status: IngestStatus;
};

export type IngestStatus =
  | 'created'
  | 'error'
  | 'unchanged'
  | 'updated';

export type MergeResult = {
  __typename?: 'MergeResult';
  at: Scalars['DateTime']['output'];
  by: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  into: Entity;
  merged: Array<Scalars['ID']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
};

export type Modality =
  | 'asserted'
  | 'hedged'
  | 'negated'
  | 'reported';

export type Mutation = {
  __typename?: 'Mutation';
  addAlias: Entity;
  deleteArticle: DeleteResult;
  ingestArticle: IngestResult;
  ingestArticles: Array<IngestResult>;
  mergeEntities: MergeResult;
  /** Undo a merge by the id mergeEntities returned; true once undone. */
  undoMerge: Scalars['Boolean']['output'];
};


export type MutationAddAliasArgs = {
  alias: Scalars['String']['input'];
  entity: Scalars['ID']['input'];
};


export type MutationDeleteArticleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationIngestArticleArgs = {
  input: ArticleInput;
};


export type MutationIngestArticlesArgs = {
  inputs: Array<ArticleInput>;
};


export type MutationMergeEntitiesArgs = {
  ids: Array<Scalars['ID']['input']>;
  into: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUndoMergeArgs = {
  id: Scalars['ID']['input'];
};

export type NeighborEntity = {
  __typename?: 'NeighborEntity';
  distance: Scalars['Int']['output'];
  entity: Entity;
};

export type Neighborhood = {
  __typename?: 'Neighborhood';
  entities: Array<NeighborEntity>;
  relationships: Array<Relationship>;
};

/** Relay page info. Cursors are opaque. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Participant = {
  __typename?: 'Participant';
  entity: Entity;
  role: Scalars['String']['output'];
  statements: Array<Statement>;
};

/** A chain of aggregated relationships from one entity to another, each hop with its evidence. */
export type Path = {
  __typename?: 'Path';
  entities: Array<Entity>;
  hops: Array<PathHop>;
  length: Scalars['Int']['output'];
};

export type PathHop = {
  __typename?: 'PathHop';
  from: Entity;
  /** The link the path was found by (the first by type among those asked for). */
  relationship: Relationship;
  /**
   * Every link between the hop's two entities (among the types asked for), each with its evidence:
   * Xi Jinping and Vladimir Putin are linked by HOSTED and by MET_WITH.
   */
  relationships: Array<Relationship>;
  to: Entity;
};

export type Query = {
  __typename?: 'Query';
  article?: Maybe<Article>;
  articles: ArticleConnection;
  commonNeighbors: Array<Entity>;
  cooccurrences: Array<Cooccurrence>;
  entity?: Maybe<Entity>;
  /** Exact name or alias (case, punctuation and diacritics ignored); the most mentioned wins. */
  entityByName?: Maybe<Entity>;
  event?: Maybe<Entity>;
  events: EntityConnection;
  /** What connects two entities: shortest paths first, each hop with its evidence. */
  paths: Array<Path>;
  relationCounts: Array<RelationCount>;
  /** Full-text search over names and aliases, tolerant of a typo or a missing diacritic. */
  searchEntities: EntityConnection;
  stats: Stats;
  topEntities: Array<EntityCount>;
};


export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ArticleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCommonNeighborsArgs = {
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
  types?: InputMaybe<Array<RelationType>>;
};


export type QueryCooccurrencesArgs = {
  entity: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  types?: InputMaybe<Array<EntityType>>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEntityByNameArgs = {
  name: Scalars['String']['input'];
  type?: InputMaybe<EntityType>;
};


export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPathsArgs = {
  from: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
  types?: InputMaybe<Array<RelationType>>;
};


export type QueryRelationCountsArgs = {
  bucket?: InputMaybe<Bucket>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  types?: InputMaybe<Array<RelationType>>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QuerySearchEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
  types?: InputMaybe<Array<EntityType>>;
};


export type QueryTopEntitiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  type?: InputMaybe<EntityType>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

export type Quote = {
  __typename?: 'Quote';
  article: Article;
  confidence: Scalars['Float']['output'];
  end: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  mentions: Array<Entity>;
  rule: Scalars['String']['output'];
  speaker?: Maybe<Entity>;
  start: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

export type QuoteConnection = {
  __typename?: 'QuoteConnection';
  edges: Array<QuoteEdge>;
  nodes: Array<Quote>;
  pageInfo: PageInfo;
};

export type QuoteEdge = {
  __typename?: 'QuoteEdge';
  cursor: Scalars['String']['output'];
  node: Quote;
};

export type RelationCount = {
  __typename?: 'RelationCount';
  bucket?: Maybe<Scalars['DateTime']['output']>;
  count: Scalars['Int']['output'];
  type: RelationType;
};

export type RelationType =
  | 'ACCUSES'
  | 'ATTENDED'
  | 'HELD_IN'
  | 'HOSTED'
  | 'INVOLVED_IN'
  | 'IN_CONFLICT_WITH'
  | 'LEADER_OF'
  | 'LOCATED_IN'
  | 'MEDIATES'
  | 'MEMBER_OF'
  | 'MET_WITH'
  | 'NEGOTIATES_WITH'
  | 'OPPOSES'
  | 'PARTICIPATED_IN'
  | 'PARTNER_OF'
  | 'SUPPORTS'
  | 'VISITED'
  | 'WORKS_FOR';

/** An aggregated relationship: every statement of one type between two entities. */
export type Relationship = {
  __typename?: 'Relationship';
  articleCount: Scalars['Int']['output'];
  direction: Direction;
  firstDate?: Maybe<Scalars['DateTime']['output']>;
  lastDate?: Maybe<Scalars['DateTime']['output']>;
  maxConfidence: Scalars['Float']['output'];
  meanConfidence: Scalars['Float']['output'];
  object: Entity;
  /** The entity at the other end, seen from the entity that was asked about. */
  other: Entity;
  roles: Array<Scalars['String']['output']>;
  /** Distinct publishers reporting it. */
  sourceCount: Scalars['Int']['output'];
  statementCount: Scalars['Int']['output'];
  statements: Array<Statement>;
  subject: Entity;
  type: RelationType;
};


/** An aggregated relationship: every statement of one type between two entities. */
export type RelationshipStatementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RelationshipConnection = {
  __typename?: 'RelationshipConnection';
  edges: Array<RelationshipEdge>;
  nodes: Array<Relationship>;
  pageInfo: PageInfo;
};

export type RelationshipEdge = {
  __typename?: 'RelationshipEdge';
  cursor: Scalars['String']['output'];
  node: Relationship;
};

export type Role = {
  __typename?: 'Role';
  event: Entity;
  role: Scalars['String']['output'];
  statements: Array<Statement>;
};

/** One claim extracted from one sentence of one article: the unit of provenance. */
export type Statement = {
  __typename?: 'Statement';
  article: Article;
  confidence: Scalars['Float']['output'];
  date?: Maybe<Scalars['DateTime']['output']>;
  datePrecision?: Maybe<DatePrecision>;
  evidence: Evidence;
  id: Scalars['ID']['output'];
  modality: Modality;
  object: Entity;
  role?: Maybe<Scalars['String']['output']>;
  /** The rule or model that produced it. */
  rule: Scalars['String']['output'];
  subject: Entity;
  type: RelationType;
};

export type Stats = {
  __typename?: 'Stats';
  articles: Scalars['Int']['output'];
  entitiesByType: Array<TypeCount>;
  mentions: Scalars['Int']['output'];
  quotes: Scalars['Int']['output'];
  relationshipsByType: Array<TypeCount>;
  sources: Scalars['Int']['output'];
  statementsByType: Array<TypeCount>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Every article ingested through the API, with the entities it touched (server-sent events). */
  articleIngested: ArticleIngestedEvent;
};

export type TimelineBucket = {
  __typename?: 'TimelineBucket';
  articles: Scalars['Int']['output'];
  mentions: Scalars['Int']['output'];
  start: Scalars['DateTime']['output'];
  statements: Scalars['Int']['output'];
};

export type TypeCount = {
  __typename?: 'TypeCount';
  count: Scalars['Int']['output'];
  type: Scalars['String']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Article: ResolverTypeWrapper<ArticleView>;
  ArticleConnection: ResolverTypeWrapper<Omit<ArticleConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ArticleEdge']>, nodes: Array<ResolversTypes['Article']> }>;
  ArticleEdge: ResolverTypeWrapper<Omit<ArticleEdge, 'node'> & { node: ResolversTypes['Article'] }>;
  ArticleFilter: ArticleFilter;
  ArticleIngestedEvent: ResolverTypeWrapper<ArticleIngestedModel>;
  ArticleInput: ArticleInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Bucket: Bucket;
  Cooccurrence: ResolverTypeWrapper<CooccurrenceRow>;
  DatePrecision: DatePrecision;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteResult: ResolverTypeWrapper<DeleteResult>;
  Direction: Direction;
  Entity: ResolverTypeWrapper<EntityView>;
  EntityConnection: ResolverTypeWrapper<Omit<EntityConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['EntityEdge']>, nodes: Array<ResolversTypes['Entity']> }>;
  EntityCount: ResolverTypeWrapper<EntityCountRow>;
  EntityEdge: ResolverTypeWrapper<Omit<EntityEdge, 'node'> & { node: ResolversTypes['Entity'] }>;
  EntityType: EntityType;
  EventFilter: EventFilter;
  Evidence: ResolverTypeWrapper<Evidence>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IngestError: ResolverTypeWrapper<IngestError>;
  IngestResult: ResolverTypeWrapper<IngestResultModel>;
  IngestStatus: IngestStatus;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  MergeResult: ResolverTypeWrapper<MergeRecord>;
  Modality: Modality;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NeighborEntity: ResolverTypeWrapper<NeighborEntityModel>;
  Neighborhood: ResolverTypeWrapper<Neighbourhood>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Participant: ResolverTypeWrapper<ParticipantModel>;
  Path: ResolverTypeWrapper<PathModel>;
  PathHop: ResolverTypeWrapper<PathHopModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Quote: ResolverTypeWrapper<QuoteView>;
  QuoteConnection: ResolverTypeWrapper<Omit<QuoteConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['QuoteEdge']>, nodes: Array<ResolversTypes['Quote']> }>;
  QuoteEdge: ResolverTypeWrapper<Omit<QuoteEdge, 'node'> & { node: ResolversTypes['Quote'] }>;
  RelationCount: ResolverTypeWrapper<RelationCountRow>;
  RelationType: RelationType;
  Relationship: ResolverTypeWrapper<RelationshipView>;
  RelationshipConnection: ResolverTypeWrapper<Omit<RelationshipConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['RelationshipEdge']>, nodes: Array<ResolversTypes['Relationship']> }>;
  RelationshipEdge: ResolverTypeWrapper<Omit<RelationshipEdge, 'node'> & { node: ResolversTypes['Relationship'] }>;
  Role: ResolverTypeWrapper<RoleModel>;
  Statement: ResolverTypeWrapper<StatementView>;
  Stats: ResolverTypeWrapper<GraphStats>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TimelineBucket: ResolverTypeWrapper<TimelineBucketRow>;
  TypeCount: ResolverTypeWrapper<TypeCountModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Article: ArticleView;
  ArticleConnection: Omit<ArticleConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ArticleEdge']>, nodes: Array<ResolversParentTypes['Article']> };
  ArticleEdge: Omit<ArticleEdge, 'node'> & { node: ResolversParentTypes['Article'] };
  ArticleFilter: ArticleFilter;
  ArticleIngestedEvent: ArticleIngestedModel;
  ArticleInput: ArticleInput;
  Boolean: Scalars['Boolean']['output'];
  Cooccurrence: CooccurrenceRow;
  DateTime: Scalars['DateTime']['output'];
  DeleteResult: DeleteResult;
  Entity: EntityView;
  EntityConnection: Omit<EntityConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['EntityEdge']>, nodes: Array<ResolversParentTypes['Entity']> };
  EntityCount: EntityCountRow;
  EntityEdge: Omit<EntityEdge, 'node'> & { node: ResolversParentTypes['Entity'] };
  EventFilter: EventFilter;
  Evidence: Evidence;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  IngestError: IngestError;
  IngestResult: IngestResultModel;
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  MergeResult: MergeRecord;
  Mutation: Record<PropertyKey, never>;
  NeighborEntity: NeighborEntityModel;
  Neighborhood: Neighbourhood;
  PageInfo: PageInfo;
  Participant: ParticipantModel;
  Path: PathModel;
  PathHop: PathHopModel;
  Query: Record<PropertyKey, never>;
  Quote: QuoteView;
  QuoteConnection: Omit<QuoteConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['QuoteEdge']>, nodes: Array<ResolversParentTypes['Quote']> };
  QuoteEdge: Omit<QuoteEdge, 'node'> & { node: ResolversParentTypes['Quote'] };
  RelationCount: RelationCountRow;
  Relationship: RelationshipView;
  RelationshipConnection: Omit<RelationshipConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['RelationshipEdge']>, nodes: Array<ResolversParentTypes['Relationship']> };
  RelationshipEdge: Omit<RelationshipEdge, 'node'> & { node: ResolversParentTypes['Relationship'] };
  Role: RoleModel;
  Statement: StatementView;
  Stats: GraphStats;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  TimelineBucket: TimelineBucketRow;
  TypeCount: TypeCountModel;
};

export type ArticleResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = {
  contentHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ingestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  quotes?: Resolver<Array<ResolversTypes['Quote']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  wordCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ArticleConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ArticleConnection'] = ResolversParentTypes['ArticleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ArticleEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ArticleEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ArticleEdge'] = ResolversParentTypes['ArticleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
};

export type ArticleIngestedEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ArticleIngestedEvent'] = ResolversParentTypes['ArticleIngestedEvent']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IngestStatus'], ParentType, ContextType>;
};

export type CooccurrenceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Cooccurrence'] = ResolversParentTypes['Cooccurrence']> = {
  articleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  pmi?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DeleteResult'] = ResolversParentTypes['DeleteResult']> = {
  articleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type EntityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  articleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<EntityArticlesArgs, 'first'>>;
  attributes?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  curated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  firstSeen?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSeen?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  neighbors?: Resolver<ResolversTypes['Neighborhood'], ParentType, ContextType, RequireFields<EntityNeighborsArgs, 'depth' | 'limit'>>;
  participants?: Resolver<Array<ResolversTypes['Participant']>, ParentType, ContextType>;
  quotes?: Resolver<ResolversTypes['QuoteConnection'], ParentType, ContextType, RequireFields<EntityQuotesArgs, 'first'>>;
  relationships?: Resolver<ResolversTypes['RelationshipConnection'], ParentType, ContextType, RequireFields<EntityRelationshipsArgs, 'direction' | 'first'>>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['TimelineBucket']>, ParentType, ContextType, RequireFields<EntityTimelineArgs, 'bucket'>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  wikidataId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EntityConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EntityConnection'] = ResolversParentTypes['EntityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EntityEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type EntityCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EntityCount'] = ResolversParentTypes['EntityCount']> = {
  articles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EntityEdge'] = ResolversParentTypes['EntityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IngestErrorResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['IngestError'] = ResolversParentTypes['IngestError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IngestResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['IngestResult'] = ResolversParentTypes['IngestResult']> = {
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType>;
  articleId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['IngestError']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IngestStatus'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MergeResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MergeResult'] = ResolversParentTypes['MergeResult']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  into?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  merged?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addAlias?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<MutationAddAliasArgs, 'alias' | 'entity'>>;
  deleteArticle?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationDeleteArticleArgs, 'id'>>;
  ingestArticle?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestArticleArgs, 'input'>>;
  ingestArticles?: Resolver<Array<ResolversTypes['IngestResult']>, ParentType, ContextType, RequireFields<MutationIngestArticlesArgs, 'inputs'>>;
  mergeEntities?: Resolver<ResolversTypes['MergeResult'], ParentType, ContextType, RequireFields<MutationMergeEntitiesArgs, 'ids' | 'into'>>;
  undoMerge?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationUndoMergeArgs, 'id'>>;
};

export type NeighborEntityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NeighborEntity'] = ResolversParentTypes['NeighborEntity']> = {
  distance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type NeighborhoodResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Neighborhood'] = ResolversParentTypes['Neighborhood']> = {
  entities?: Resolver<Array<ResolversTypes['NeighborEntity']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ParticipantResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Participant'] = ResolversParentTypes['Participant']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
};

export type PathResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  hops?: Resolver<Array<ResolversTypes['PathHop']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PathHopResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PathHop'] = ResolversParentTypes['PathHop']> = {
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  relationship?: Resolver<ResolversTypes['Relationship'], ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticleArgs, 'id'>>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<QueryArticlesArgs, 'first'>>;
  commonNeighbors?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryCommonNeighborsArgs, 'a' | 'b'>>;
  cooccurrences?: Resolver<Array<ResolversTypes['Cooccurrence']>, ParentType, ContextType, RequireFields<QueryCooccurrencesArgs, 'entity' | 'first'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  entityByName?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityByNameArgs, 'name'>>;
  event?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEventArgs, 'id'>>;
  events?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryEventsArgs, 'first'>>;
  paths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathsArgs, 'from' | 'limit' | 'maxHops' | 'to'>>;
  relationCounts?: Resolver<Array<ResolversTypes['RelationCount']>, ParentType, ContextType, Partial<QueryRelationCountsArgs>>;
  searchEntities?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QuerySearchEntitiesArgs, 'first' | 'query'>>;
  stats?: Resolver<ResolversTypes['Stats'], ParentType, ContextType>;
  topEntities?: Resolver<Array<ResolversTypes['EntityCount']>, ParentType, ContextType, RequireFields<QueryTopEntitiesArgs, 'first'>>;
};

export type QuoteResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Quote'] = ResolversParentTypes['Quote']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  speaker?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QuoteConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['QuoteConnection'] = ResolversParentTypes['QuoteConnection']> = {
  edges?: Resolver<Array<ResolversTypes['QuoteEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Quote']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type QuoteEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['QuoteEdge'] = ResolversParentTypes['QuoteEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Quote'], ParentType, ContextType>;
};

export type RelationCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RelationCount'] = ResolversParentTypes['RelationCount']> = {
  bucket?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
};

export type RelationshipResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Relationship'] = ResolversParentTypes['Relationship']> = {
  articleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['Direction'], ParentType, ContextType>;
  firstDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  maxConfidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  meanConfidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  object?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  other?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sourceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statementCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<RelationshipStatementsArgs, 'first'>>;
  subject?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
};

export type RelationshipConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RelationshipConnection'] = ResolversParentTypes['RelationshipConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RelationshipEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type RelationshipEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RelationshipEdge'] = ResolversParentTypes['RelationshipEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Relationship'], ParentType, ContextType>;
};

export type RoleResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Role'] = ResolversParentTypes['Role']> = {
  event?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
};

export type StatementResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Statement'] = ResolversParentTypes['Statement']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  datePrecision?: Resolver<Maybe<ResolversTypes['DatePrecision']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  modality?: Resolver<ResolversTypes['Modality'], ParentType, ContextType>;
  object?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
};

export type StatsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Stats'] = ResolversParentTypes['Stats']> = {
  articles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entitiesByType?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quotes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationshipsByType?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
  sources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statementsByType?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  articleIngested?: SubscriptionResolver<ResolversTypes['ArticleIngestedEvent'], "articleIngested", ParentType, ContextType>;
};

export type TimelineBucketResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TimelineBucket'] = ResolversParentTypes['TimelineBucket']> = {
  articles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TypeCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TypeCount'] = ResolversParentTypes['TypeCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ApiContext> = {
  Article?: ArticleResolvers<ContextType>;
  ArticleConnection?: ArticleConnectionResolvers<ContextType>;
  ArticleEdge?: ArticleEdgeResolvers<ContextType>;
  ArticleIngestedEvent?: ArticleIngestedEventResolvers<ContextType>;
  Cooccurrence?: CooccurrenceResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeleteResult?: DeleteResultResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityConnection?: EntityConnectionResolvers<ContextType>;
  EntityCount?: EntityCountResolvers<ContextType>;
  EntityEdge?: EntityEdgeResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  IngestError?: IngestErrorResolvers<ContextType>;
  IngestResult?: IngestResultResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  MergeResult?: MergeResultResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NeighborEntity?: NeighborEntityResolvers<ContextType>;
  Neighborhood?: NeighborhoodResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Participant?: ParticipantResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  PathHop?: PathHopResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Quote?: QuoteResolvers<ContextType>;
  QuoteConnection?: QuoteConnectionResolvers<ContextType>;
  QuoteEdge?: QuoteEdgeResolvers<ContextType>;
  RelationCount?: RelationCountResolvers<ContextType>;
  Relationship?: RelationshipResolvers<ContextType>;
  RelationshipConnection?: RelationshipConnectionResolvers<ContextType>;
  RelationshipEdge?: RelationshipEdgeResolvers<ContextType>;
  Role?: RoleResolvers<ContextType>;
  Statement?: StatementResolvers<ContextType>;
  Stats?: StatsResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  TimelineBucket?: TimelineBucketResolvers<ContextType>;
  TypeCount?: TypeCountResolvers<ContextType>;
};

