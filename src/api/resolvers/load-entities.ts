import { NotFoundError } from '../../errors';
import type { EntityView } from '../../store/graph-store';
import type { ApiContext } from '../api-context';

/**
 * An entity a stored relationship, statement or quote points to. It can only be missing when a
 * merge or delete ran between the two reads of this request; say so instead of returning null
 * for a non-null field.
 */
export async function referencedEntity(ctx: ApiContext, key: string): Promise<EntityView> {
  const entity = await ctx.loaders.entities.load(key);
  if (!entity) throw new NotFoundError(`entity ${key} no longer exists (merged or deleted)`);
  return entity;
}

/** The entities of `keys` that exist, in order, through the request's batching loader. */
export async function existingEntities(
  ctx: ApiContext,
  keys: readonly string[],
): Promise<EntityView[]> {
  const loaded = await ctx.loaders.entities.loadMany(keys);
  const failed = loaded.find((e) => e instanceof Error);
  if (failed) throw failed;
  return loaded.filter((e): e is EntityView => e !== null && !(e instanceof Error));
}
