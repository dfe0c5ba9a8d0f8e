import type { FieldNode, FragmentDefinitionNode } from 'graphql';
import type { RelationType } from '../../model/entity-types';
import type { NeighbourhoodOptions } from '../../store/graph-queries';
import { checkFirst } from '../connection/page-args';
import { fieldsNamed } from './fields-named';

/** The most entities one `neighbors` call may return. */
const MAX_NEIGHBOURS = 500;

/** One `Entity.neighbors` read: whose, and the store options its arguments and selection give. */
export interface NeighbourhoodRequest {
  key: string;
  options: NeighbourhoodOptions;
}

export interface NeighborsArgs {
  depth?: number | null;
  types?: readonly RelationType[] | null;
  limit?: number | null;
}

/**
 * The store read one `neighbors` field needs: its arguments validated (BAD_USER_INPUT when
 * out of range); the links among the members (most of the work on a dense graph) only when
 * its selection shows them; the entity views always, which saves the API a second read.
 */
export function neighbourhoodRequest(
  key: string,
  args: NeighborsArgs,
  fieldNodes: readonly FieldNode[],
  fragments: Record<string, FragmentDefinitionNode>,
): NeighbourhoodRequest {
  const selectsRelationships = fieldNodes.some(
    (node) => fieldsNamed(node.selectionSet, 'relationships', fragments).length > 0,
  );
  return {
    key,
    options: {
      depth: args.depth ?? 1,
      limit: checkFirst(args.limit ?? 50, 'limit', MAX_NEIGHBOURS),
      ...(args.types ? { types: args.types } : {}),
      relationships: selectsRelationships,
      // Always: the views come with the walk (the neighbours are nearly always shown) and give
      // the start entity, which lets `entity(id)` answer from this same read.
      views: true,
    },
  };
}

/** Equal requests (whatever the order of their options) share one read in a request. */
export function neighbourhoodRequestId(request: NeighbourhoodRequest): string {
  const { depth, limit, types, relationships, views } = request.options;
  return JSON.stringify([request.key, depth, limit, types ?? null, relationships, views]);
}
