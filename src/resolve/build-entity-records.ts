import type { EntityRecord } from '../model/graph';
import type { EntityView } from '../store/graph-store';
import { aliasesFor } from './entity-forms';
import { byCodeUnits } from './entity-references';
import type { ResolvedInArticle } from './match-in-article';

/**
 * One record per resolved key. What an entity *is* (type, name, Wikidata id) comes from the
 * store when it already holds the key (the store never overwrites it anyway), else from the
 * first entity resolved to it; aliases are the names of every form that landed on it, so a
 * later article's "Putin" or "George Bush" can find it by look-up.
 */
export function buildEntityRecords(
  resolved: readonly ResolvedInArticle[],
  stored: ReadonlyMap<string, EntityView>,
): EntityRecord[] {
  const records = new Map<string, EntityRecord & { forms: string[] }>();
  for (const { entity, resolution } of resolved) {
    let record = records.get(resolution.key);
    if (!record) {
      const view = stored.get(resolution.key);
      record = {
        key: resolution.key,
        type: view?.type ?? entity.type,
        name: view?.name ?? entity.name,
        aliases: [],
        forms: [],
      };
      const wikidataId = view ? view.wikidataId : entity.wikidataId;
      if (wikidataId) record.wikidataId = wikidataId;
      records.set(resolution.key, record);
    }
    record.forms.push(entity.name, ...entity.forms);
    const attributes = entity.extracted.attributes;
    if (attributes && Object.keys(attributes).length > 0) {
      record.attributes = { ...attributes, ...record.attributes };
    }
  }
  return [...records.values()]
    .map(({ forms, ...record }) => ({
      ...record,
      aliases: aliasesFor(record.type, forms, record.name),
    }))
    .sort((a, b) => byCodeUnits(a.key, b.key));
}
