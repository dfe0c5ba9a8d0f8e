import type { FieldNode, FragmentDefinitionNode, SelectionSetNode } from 'graphql';

type Fragments = Record<string, FragmentDefinitionNode>;

/**
 * The field nodes named `name` directly under `set`, through inline and named fragments (each
 * named fragment once), with whatever alias, arguments and directives they carry. Lets a
 * resolver skip store work for a part of its result nobody asked for, or start work a field
 * below will need.
 */
export function fieldsNamed(
  set: SelectionSetNode | undefined,
  name: string,
  fragments: Fragments,
  seenFragments: Set<string> = new Set(),
): FieldNode[] {
  if (!set) return [];
  return set.selections.flatMap((selection): FieldNode[] => {
    switch (selection.kind) {
      case 'Field':
        return selection.name.value === name ? [selection] : [];
      case 'InlineFragment':
        return fieldsNamed(selection.selectionSet, name, fragments, seenFragments);
      case 'FragmentSpread': {
        const fragmentName = selection.name.value;
        if (seenFragments.has(fragmentName)) return [];
        seenFragments.add(fragmentName);
        return fieldsNamed(fragments[fragmentName]?.selectionSet, name, fragments, seenFragments);
      }
      default:
        return [];
    }
  });
}
