import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether the query selects `name` directly under the field being resolved, through inline
 * fragments and named fragments too (any alias counts). Lets a resolver skip store work for a
 * part of its result nobody asked for.
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  return info.fieldNodes.some((node) => selects(node.selectionSet, name, info, new Set()));
}

function selects(
  set: SelectionSetNode | undefined,
  name: string,
  info: GraphQLResolveInfo,
  seenFragments: Set<string>,
): boolean {
  if (!set) return false;
  return set.selections.some((selection) => {
    switch (selection.kind) {
      case 'Field':
        return selection.name.value === name;
      case 'InlineFragment':
        return selects(selection.selectionSet, name, info, seenFragments);
      case 'FragmentSpread': {
        const fragmentName = selection.name.value;
        if (seenFragments.has(fragmentName)) return false;
        seenFragments.add(fragmentName);
        return selects(info.fragments[fragmentName]?.selectionSet, name, info, seenFragments);
      }
      default:
        return false;
    }
  });
}
