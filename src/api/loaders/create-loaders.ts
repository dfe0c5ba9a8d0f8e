import DataLoader from 'dataloader';
import type { RelationType } from '../../model/entity-types';
import type {
  ArticleView,
  EntityView,
  RelationshipFilter,
  RelationshipView,
  StatementView,
} from '../../store/graph-store';
import type { Neighbourhood } from '../../store/graph-queries';
import type { ApiStore } from '../api-context';
import {
  neighbourhoodRequestId,
  type NeighbourhoodRequest,
} from '../resolvers/neighbourhood-request';

export interface StatementTriple {
  subjectKey: string;
  type: RelationType;
  objectKey: string;
}

/**
 * The request's batching and caching layer: every entity any resolver needs in one tick is one
 * `getEntities`, every entity's relationships under one filter one `relationshipsOf`. Built per
 * request, so nothing is cached across requests (a mutation's effect is seen by the next one).
 */
export interface Loaders {
  entities: DataLoader<string, EntityView | null>;
  /** The loader for one relationship filter (entities asked with the same filter batch together). */
  relationships(filter: RelationshipFilter): DataLoader<string, RelationshipView[]>;
  statements: DataLoader<StatementTriple, StatementView[], string>;
  /**
   * The aggregated relationship of one triple (null when there is none): every triple asked in
   * one tick is one `relationshipsOf` of their subjects, narrowed to their types, whatever mix
   * of types the paths' hops have.
   */
  relationshipByTriple: DataLoader<StatementTriple, RelationshipView | null, string>;
  articles: DataLoader<string, ArticleView | null>;
  /**
   * Neighbourhood reads, so `entity(id) { neighbors }` can start the one read it needs while
   * resolving `entity` and `neighbors` finds it done (see entityLookingAhead).
   */
  neighbourhoods: DataLoader<NeighbourhoodRequest, Neighbourhood, string>;
}

export function createLoaders(store: ApiStore): Loaders {
  const byFilter = new Map<string, DataLoader<string, RelationshipView[]>>();
  return {
    entities: new DataLoader((keys) => store.getEntities(keys)),
    relationships(filter) {
      const id = filterId(filter);
      let loader = byFilter.get(id);
      if (!loader) {
        loader = new DataLoader(async (keys) => {
          const found = await store.relationshipsOf(keys, filter);
          return keys.map((key) => found.get(key) ?? []);
        });
        byFilter.set(id, loader);
      }
      return loader;
    },
    // The store has no batched form of these reads; the loaders still collapse repeats.
    statements: new DataLoader(
      (triples) =>
        Promise.all(triples.map((t) => store.statementsBetween(t.subjectKey, t.type, t.objectKey))),
      { cacheKeyFn: tripleId },
    ),
    relationshipByTriple: new DataLoader(
      async (triples) => {
        const subjects = [...new Set(triples.map((t) => t.subjectKey))];
        const types = [...new Set(triples.map((t) => t.type))];
        const found = await store.relationshipsOf(subjects, { types, direction: 'OUT' });
        return triples.map(
          (t) =>
            found
              .get(t.subjectKey)
              ?.find((r) => r.type === t.type && r.objectKey === t.objectKey) ?? null,
        );
      },
      { cacheKeyFn: tripleId },
    ),
    articles: new DataLoader((ids) => Promise.all(ids.map((id) => store.getArticle(id)))),
    // A failure stays with its own request (an Error value, not a rejected batch), so the
    // `neighbors` field reports it where it was asked, once.
    neighbourhoods: new DataLoader(
      (requests) =>
        Promise.all(
          requests.map((r) =>
            store.neighbourhood(r.key, r.options).catch((error: unknown) => toError(error)),
          ),
        ),
      { cacheKeyFn: neighbourhoodRequestId },
    ),
  };
}

/** Equal filters, whatever their key order or undefined fields, share one loader. */
function filterId(filter: RelationshipFilter): string {
  return JSON.stringify([
    filter.types ? [...filter.types].sort() : null,
    filter.direction ?? 'BOTH',
    filter.since ?? null,
    filter.until ?? null,
    filter.minConfidence ?? null,
    filter.minSources ?? null,
  ]);
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

function tripleId(t: StatementTriple): string {
  return `${t.subjectKey}\u0000${t.type}\u0000${t.objectKey}`;
}
