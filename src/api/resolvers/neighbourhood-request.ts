import type { FieldNode, FragmentDefinitionNode } from 'graphql';
import type { RelationType } from '../../model/entity-types';
import type { NeighbourhoodOptions } from '../../store/graph-queries';
import { checkFirst } from '../connection/page-args';
import { fieldsNamed } from './fields-named';
import { showsIdentityOnly } from './identity-fields';

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
 * its selection shows them; the entity views always, which saves the API a second read, and
 * of the neighbours only key, type and name when the selection shows no more of them.
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
  const shownEntities = fieldNodes
    .flatMap((node) => fieldsNamed(node.selectionSet, 'entities', fragments))
    .flatMap((node) => fieldsNamed(node.selectionSet, 'entity', fragments));
  const identityOnly = showsIdentityOnly(shownEntities, fragments);
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
      // The neighbours' whole views are most of what the read sends back; a dashboard that
      // draws names and types needs only those.
      viewFields: identityOnly ? 'identity' : 'all',
    },
  };
}

/** Equal requests (whatever the order of their options) share one read in a request. */
export function neighbourhoodRequestId(request: NeighbourhoodRequest): string {
  const { depth, limit, types, relationships, views, viewFields } = request.options;
  return JSON.stringify([
    request.key,
    depth,
    limit,
    types ?? null,
    relationships,
    views,
    viewFields,
  ]);
}
