import { NotFoundError } from '../../errors';
import type {
  NeighborEntityResolvers,
  NeighborhoodResolvers,
  PathHopResolvers,
  PathResolvers,
} from '../resolvers-types.generated';
import { existingEntities, referencedEntity } from './load-entities';

/** Paths and neighbourhoods: keys from the store, entities and evidence through the loaders. */
export const pathFields: PathResolvers = {
  length: (path) => path.hops.length,
  entities: (path, _, ctx) => existingEntities(ctx, path.keys),
  hops: (path) =>
    path.hops.map((hop, index) => ({
      ...hop,
      fromKey: path.keys[index] ?? hop.subjectKey,
      toKey: path.keys[index + 1] ?? hop.objectKey,
      ...(path.types ? { types: path.types } : {}),
    })),
};

export const pathHopFields: PathHopResolvers = {
  from: (hop, _, ctx) => referencedEntity(ctx, hop.fromKey),
  to: (hop, _, ctx) => referencedEntity(ctx, hop.toKey),
  // Every hop of every path batches into one relationshipsOf; the statements come from
  // Relationship.
  relationship: async (hop, _, ctx) => {
    const found = await ctx.loaders.relationshipByTriple.load(hop);
    if (!found) {
      throw new NotFoundError(
        `relationship ${hop.subjectKey} ${hop.type} ${hop.objectKey} no longer exists`,
      );
    }
    return found;
  },
  // Every hop of every path asks with the same filter, so they batch into one read.
  relationships: async (hop, _, ctx) => {
    const links = await ctx.loaders
      .relationships(hop.types ? { types: hop.types } : {})
      .load(hop.fromKey);
    return links.filter((r) => r.otherKey === hop.toKey);
  },
};

export const neighborhoodFields: NeighborhoodResolvers = {
  entities: (hood) => hood.entities,
};

export const neighborEntityFields: NeighborEntityResolvers = {
  entity: (neighbour, _, ctx) => neighbour.entity ?? referencedEntity(ctx, neighbour.key),
};
