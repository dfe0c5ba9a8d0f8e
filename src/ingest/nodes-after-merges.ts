import type { TypedNode } from '../resolve/reconcile-other-types';
import type { GraphStore, MergeRecord } from '../store/graph-store';

/**
 * The graph's nodes after `merges`, from the nodes before them: the merged entities gone and
 * each target read again (its aliases and counts are all a merge changes on an entity that
 * stays), in the order they had. What reading every node again would give, for one small read
 * instead of the whole graph after every pass that merged.
 */
export async function nodesAfterMerges(
  store: Pick<GraphStore, 'getEntities'>,
  before: readonly TypedNode[],
  merges: readonly MergeRecord[],
): Promise<TypedNode[]> {
  const gone = new Set(merges.flatMap((merge) => merge.merged));
  const targets = new Set(merges.map((merge) => merge.into).filter((key) => !gone.has(key)));
  const views = await store.getEntities([...targets]);
  const fresh = new Map<string, TypedNode>();
  for (const view of views) if (view) fresh.set(view.key, toTypedNode(view));
  return before.flatMap((node) => {
    if (gone.has(node.key)) return [];
    if (!targets.has(node.key)) return [node];
    const now = fresh.get(node.key);
    return now ? [now] : [];
  });
}

function toTypedNode(view: TypedNode): TypedNode {
  const { key, type, name, aliases, articleCount } = view;
  return view.wikidataId === undefined
    ? { key, type, name, aliases, articleCount }
    : { key, type, name, aliases, wikidataId: view.wikidataId, articleCount };
}
