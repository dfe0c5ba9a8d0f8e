import type { RelationshipFilter } from '../../store/graph-store';
import { neighbourhoodRequest } from './neighbourhood-request';
import { pageArgs } from '../connection/page-args';
import { sliceForPage, storePage, toConnection } from '../connection/to-connection';
import type { EntityResolvers } from '../resolvers-types.generated';
import { defined } from './optional';
import { entityRoles } from './entity-roles';
import { eventParticipants } from './event-participants';

/**
 * Entity fields. The store's EntityView has most of them as they are; the rest delegate to the
 * store through the request's loaders, so a page of entities costs one read per field, not one
 * per entity.
 */
export const entityFields: EntityResolvers = {
  id: (entity) => entity.key,
  wikidataId: (entity) => entity.wikidataId ?? null,
  attributes: (entity) => entity.attributes ?? null,

  articles: async (entity, { first, after, since, until }, ctx) => {
    const page = pageArgs(first, after);
    const rows = await ctx.store.articles(
      defined({ since, until, mentions: [entity.key] }),
      storePage(page),
    );
    for (const article of rows) ctx.loaders.articles.prime(article.id, article);
    return toConnection(rows, page, (article) => ({ node: article }));
  },

  relationships: async (entity, args, ctx) => {
    const page = pageArgs(args.first, args.after);
    const filter: RelationshipFilter = defined({
      types: args.types,
      direction: args.direction,
      since: args.since,
      until: args.until,
      minConfidence: args.minConfidence,
      minSources: args.minSources,
    });
    const all = await ctx.loaders.relationships(filter).load(entity.key);
    return toConnection(sliceForPage(all, page), page, (relationship) => ({ node: relationship }));
  },

  neighbors: async (entity, args, ctx, info) => {
    const request = neighbourhoodRequest(entity.key, args, info.fieldNodes, info.fragments);
    const hood = await ctx.loaders.neighbourhoods.load(request);
    // Identity views are right only for the fields this selection shows: never shared.
    if (request.options.viewFields !== 'identity') {
      for (const { key, entity: view } of hood.entities) {
        if (view) ctx.loaders.entities.prime(key, view);
      }
    }
    return hood;
  },

  quotes: async (entity, { first, after }, ctx) => {
    const page = pageArgs(first, after);
    const rows = await ctx.store.quotesBy(entity.key, storePage(page));
    return toConnection(rows, page, (quote) => ({ node: quote }));
  },

  roles: (entity, _, ctx) => entityRoles(ctx, entity.key),

  participants: (entity, _, ctx) =>
    entity.type === 'Event' ? eventParticipants(ctx, entity.key) : Promise.resolve([]),

  timeline: (entity, { bucket, since, until }, ctx) =>
    ctx.store.timeline(entity.key, defined({ bucket: bucket ?? 'MONTH', since, until })),
};
