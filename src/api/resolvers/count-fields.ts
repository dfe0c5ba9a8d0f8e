import type {
  CooccurrenceResolvers,
  EntityCountResolvers,
  RelationCountResolvers,
} from '../resolvers-types.generated';
import { referencedEntity } from './load-entities';

/** Ranked rows of the dashboard and co-occurrence queries carry keys; entities come batched. */
export const cooccurrenceFields: CooccurrenceResolvers = {
  entity: (row, _, ctx) => referencedEntity(ctx, row.key),
};

export const entityCountFields: EntityCountResolvers = {
  entity: (row, _, ctx) => referencedEntity(ctx, row.key),
};

export const relationCountFields: RelationCountResolvers = {
  bucket: (row) => row.bucket ?? null,
};
