import type { FieldNode, FragmentDefinitionNode } from 'graphql';
import { selectsOnly } from './selects-only';

/**
 * Entity fields answered from key, type and name alone: the others here read the store by key
 * through the loaders, never the rest of the view.
 */
const IDENTITY_FIELDS: ReadonlySet<string> = new Set([
  '__typename',
  'id',
  'type',
  'name',
  'articles',
  'relationships',
  'neighbors',
  'quotes',
  'roles',
  'timeline',
]);

/**
 * Whether the given `Entity` selections show no more than an identity view holds (key, type,
 * name): then the store may send those alone (`viewFields: 'identity'`). No selection at all
 * shows nothing.
 */
export function showsIdentityOnly(
  entityNodes: readonly FieldNode[],
  fragments: Record<string, FragmentDefinitionNode>,
): boolean {
  return entityNodes.every((node) => selectsOnly(node.selectionSet, IDENTITY_FIELDS, fragments));
}
