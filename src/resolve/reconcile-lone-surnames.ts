import type { CurationActor, GraphStore, MergeRecord } from '../store/graph-store';
import { parsePersonName } from './person-name';

/** The actor recorded on merges this module makes, so analysts can find and undo them. */
export const RECONCILE_ACTOR = 'newsgraph:reconcile-surnames';

/**
 * Keys of the persons stored under a surname alone ("Blair"), because no full name was known
 * when their article was resolved. Reads every Person once (from an export source's stream), so
 * it sees persons written by earlier, interrupted runs too.
 */
export async function findLoneSurnamePersons(
  persons: AsyncIterable<{ key: string; type: string; name: string; wikidataId?: string }>,
): Promise<string[]> {
  const keys: string[] = [];
  for await (const person of persons) {
    if (person.type !== 'Person' || person.wikidataId) continue;
    const name = parsePersonName(person.name);
    if (name && name.given === undefined && !name.titled) keys.push(person.key);
  }
  return keys.sort();
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
