import type { UpsertStatus } from '../store/graph-store';
import type { RelationType } from '../model/entity-types';
import type { EntityView, StatementView } from '../store/graph-store';
import type { GraphPath } from '../store/graph-queries';

/**
 * What resolvers pass between each other for the schema's object types that have no store view
 * of their own shape (GraphQL Code Generator maps the rest straight to the store's views; see
 * codegen.ts). Each carries keys, not entities: entities are loaded through the request's
 * DataLoaders so a page costs one batched read.
 */

/** A `PathHop`: one link of a path, with `fromKey → toKey` in walking order. */
export interface PathHopModel {
  fromKey: string;
  toKey: string;
  subjectKey: string;
  type: RelationType;
  objectKey: string;
  /** The relation types the path query was narrowed to, if any. */
  types?: readonly RelationType[];
}

/** A `Path`: the store's path with the types it was asked for, for its hops' `relationships`. */
export interface PathModel extends GraphPath {
  types?: readonly RelationType[];
}

/** A `NeighborEntity`; the store sends the entity's view along when asked (`views`). */
export interface NeighborEntityModel {
  key: string;
  distance: number;
  entity?: EntityView;
}

/** A `Role` of an entity in an event, with the statements that give it. */
export interface RoleModel {
  eventKey: string;
  role: string;
  statements: StatementView[];
}

/** A `Participant` of an event: one entity in one role, with the statements saying so. */
export interface ParticipantModel {
  entityKey: string;
  role: string;
  statements: StatementView[];
}

/** An `IngestResult`. */
export interface IngestResultModel {
  status: UpsertStatus | 'error';
  articleId?: string;
  entityKeys: string[];
  error?: { code: string; message: string };
}

/** The payload of `articleIngested`, published by the ingest mutations. */
export interface ArticleIngestedModel {
  status: UpsertStatus;
  articleId: string;
  entityKeys: string[];
}

/** A `TypeCount` row of `stats`. */
export interface TypeCountModel {
  type: string;
  count: number;
}
