import type { ArticleGraph } from '../model/graph';
import type { CurationActor, GraphStore, MergeRecord } from '../store/graph-store';
import { parsePersonName } from './person-name';

/** The actor recorded on merges this module makes, so analysts can find and undo them. */
export const RECONCILE_ACTOR = 'newsgraph:reconcile-surnames';

/**
 * Collects, over an ingest run, the persons that were stored under a surname alone ("Blair")
 * because no full name was known when their article was resolved.
 */
export class LoneSurnameTracker {
  private readonly keys = new Set<string>();

  noteGraph(graph: ArticleGraph): void {
    for (const entity of graph.entities) {
      if (entity.type !== 'Person' || entity.wikidataId) continue;
      const name = parsePersonName(entity.name);
      if (name && name.given === undefined && !name.titled) this.keys.add(entity.key);
    }
  }

  get size(): number {
    return this.keys.size;
  }

  take(): string[] {
    const keys = [...this.keys].sort();
    this.keys.clear();
    return keys;
  }
}

/**
 * Merge each lone-surname person into the one full-named person who carries that surname, when
 * there is exactly one. Resolution order made them two nodes ("Blair" was seen before
 * "Tony Blair"); once the full name is the only reading, keeping two nodes would split the
 * person's statements. With two or more full names sharing the surname nothing is merged: the
 * ambiguity stays visible. Each merge is an ordinary recorded, undoable merge by RECONCILE_ACTOR.
 */
export async function reconcileLoneSurnames(
  store: Pick<GraphStore, 'findEntitiesByName' | 'getEntities' | 'mergeEntities'>,
  loneKeys: readonly string[],
): Promise<MergeRecord[]> {
  const merges: MergeRecord[] = [];
  const lone = (await store.getEntities(loneKeys)).filter((e) => e !== null && !e.curated);
  for (const entity of lone) {
    if (!entity) continue;
    const surname = parsePersonName(entity.name);
    if (!surname || surname.given !== undefined) continue;
    const holders = (await store.findEntitiesByName(entity.name, 'Person')).filter((candidate) => {
      if (candidate.key === entity.key) return false;
      const name = parsePersonName(candidate.name);
      return name !== null && name.given !== undefined && name.surname === surname.surname;
    });
    if (holders.length !== 1) continue;
    const into = holders[0];
    if (!into) continue;
    const actor: CurationActor = {
      by: RECONCILE_ACTOR,
      reason: `"${entity.name}" was stored alone before "${into.name}", the only person known by that surname`,
    };
    merges.push(await store.mergeEntities([entity.key], into.key, actor));
  }
  return merges;
}
