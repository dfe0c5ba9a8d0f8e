import type { EntityType } from '../model/entity-types';
import type { ExtractionResult } from '../model/extraction';
import { normaliseName } from '../model/ids';
import { namesOfForm } from '../resolve/entity-forms';
import { prepareEntity } from '../resolve/prepared-entity';

export interface NameQuery {
  form: string;
  type: EntityType;
}

/**
 * What resolving `result` will ask the store, computed up front so a batch's look-ups can be
 * fetched together: every name of every entity without a Wikidata id (as `matchInStore` asks
 * them), and the own key of every entity (what `getEntities` is asked after resolution). A
 * superset is harmless and a miss only costs a look-up later, so this need not track every
 * detail of resolution.
 */
export function lookupNamesOf(result: ExtractionResult): { names: NameQuery[]; keys: string[] } {
  const names = new Map<string, NameQuery>();
  const keys = new Set<string>();
  for (const extracted of result.entities) {
    const entity = prepareEntity(extracted, result.text);
    if (!entity) continue;
    keys.add(entity.ownKey);
    if (entity.wikidataId) continue;
    for (const form of [entity.name, ...entity.forms]) {
      for (const name of namesOfForm(entity.type, form)) {
        const normalised = normaliseName(name);
        if (normalised !== '') {
          names.set(`${entity.type}\u0000${normalised}`, { form: normalised, type: entity.type });
        }
      }
    }
  }
  return { names: [...names.values()], keys: [...keys] };
}
