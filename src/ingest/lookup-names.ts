import { ENTITY_TYPES, type EntityType } from '../model/entity-types';
import type { ExtractionResult } from '../model/extraction';
import { normaliseName } from '../model/ids';
import { namesOfForm } from '../resolve/entity-forms';
import { isWeaklyTyped } from '../resolve/match-other-type';
import { prepareEntities } from '../resolve/prepare-entities';

export interface NameQuery {
  form: string;
  /** Absent: the name whatever the type, which also answers every typed question about it. */
  type?: EntityType;
}

/**
 * What resolving `result` will ask the store, computed up front so a batch's look-ups can be
 * fetched together: every name of every entity without a Wikidata id (as `matchInStore` asks
 * them, for its own type and, when its type is only the tagger's guess, for every other type
 * `matchOtherType` may try), and the own key of every entity (what `getEntities` is asked after
 * resolution). Names are asked whatever the type: one answer serves every typed question. A
 * superset is harmless and a miss only costs a look-up later, so this need not track every
 * detail of resolution.
 */
export function lookupNamesOf(result: ExtractionResult): { names: NameQuery[]; keys: string[] } {
  const names = new Set<string>();
  const keys = new Set<string>();
  // Prepared once for both: resolving the result later reuses them.
  for (const entity of prepareEntities(result)) {
    if (!entity) continue;
    keys.add(entity.ownKey);
    if (entity.wikidataId) continue;
    const types = isWeaklyTyped(entity) ? ENTITY_TYPES : [entity.type];
    for (const form of [entity.name, ...entity.forms]) {
      for (const type of types) {
        for (const name of namesOfForm(type, form)) {
          const normalised = normaliseName(name);
          if (normalised !== '') names.add(normalised);
        }
      }
    }
  }
  return { names: [...names].map((form) => ({ form })), keys: [...keys] };
}
