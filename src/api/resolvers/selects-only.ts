import type { FragmentDefinitionNode, SelectionSetNode } from 'graphql';

type Fragments = Record<string, FragmentDefinitionNode>;

/**
 * Whether every field selected directly in `set` (through inline and named fragments) is one of
 * `allowed`: lets a resolver ask the store for less when the query shows no more. An empty or
 * missing selection selects nothing outside `allowed`.
 */
export function selectsOnly(
  set: SelectionSetNode | undefined,
  allowed: ReadonlySet<string>,
  fragments: Fragments,
  seenFragments: Set<string> = new Set(),
): boolean {
  if (!set) return true;
  return set.selections.every((selection) => {
    switch (selection.kind) {
      case 'Field':
        return allowed.has(selection.name.value);
      case 'InlineFragment':
        return selectsOnly(selection.selectionSet, allowed, fragments, seenFragments);
      case 'FragmentSpread': {
        const fragmentName = selection.name.value;
        if (seenFragments.has(fragmentName)) return true;
        seenFragments.add(fragmentName);
        const fragment = fragments[fragmentName];
        return (
          fragment !== undefined &&
          selectsOnly(fragment.selectionSet, allowed, fragments, seenFragments)
        );
      }
      default:
        return false;
    }
  });
}
