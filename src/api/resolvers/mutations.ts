import { InvalidInputError } from '../../errors';
import { actorName } from '../auth/caller';
import { MAX_PAGE_SIZE } from '../connection/page-args';
import type { MergeResultResolvers, MutationResolvers } from '../resolvers-types.generated';
import { ingestOne } from './ingest-one';
import { referencedEntity } from './load-entities';

/** Writes. The auth plugin has already required a write key before any of these runs. */
export const mutations: MutationResolvers = {
  ingestArticle: (_, { input }, ctx) => ingestOne(ctx, input),

  // One after another: the ingestor serialises anyway, and results keep the input order.
  ingestArticles: async (_, { inputs }, ctx) => {
    if (inputs.length > MAX_PAGE_SIZE) {
      throw new InvalidInputError(
        `inputs: at most ${MAX_PAGE_SIZE} articles per call, found ${inputs.length}; split the batch`,
      );
    }
    const results = [];
    for (const [index, input] of inputs.entries()) results.push(await ingestOne(ctx, input, index));
    return results;
  },

  deleteArticle: async (_, { id }, ctx) => {
    const deleted = await ctx.store.deleteArticle(id);
    ctx.loaders.articles.clear(id);
    ctx.loaders.entities.clearAll();
    return { deleted, articleId: id };
  },

  mergeEntities: async (_, { ids, into, reason }, ctx) => {
    const actor = { by: actorName(ctx.caller), ...(reason ? { reason } : {}) };
    const record = await ctx.store.mergeEntities(ids, into, actor);
    ctx.loaders.entities.clearAll();
    return record;
  },

  undoMerge: async (_, { id }, ctx) => {
    await ctx.store.undoMerge(id, { by: actorName(ctx.caller) });
    ctx.loaders.entities.clearAll();
    return true;
  },

  addAlias: async (_, { entity, alias }, ctx) => {
    const updated = await ctx.store.addAlias(entity, alias, { by: actorName(ctx.caller) });
    ctx.loaders.entities.clear(entity).prime(entity, updated);
    return updated;
  },
};

export const mergeResultFields: MergeResultResolvers = {
  into: (record, _, ctx) => referencedEntity(ctx, record.into),
  reason: (record) => record.reason ?? null,
};
