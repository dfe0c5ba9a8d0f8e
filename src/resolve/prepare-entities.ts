import type { ExtractionResult } from '../model/extraction';
import { prepareEntity, type PreparedEntity } from './prepared-entity';

/** Keyed by the result object: an ingest holds a result only while it resolves it. */
const preparedByResult = new WeakMap<ExtractionResult, readonly (PreparedEntity | null)[]>();

/**
 * `prepareEntity` of every entity of an extraction, in the extraction's order (null for one that
 * names nobody), computed once per result. The ingest prepares a batch's entities first to fetch
 * the names they will look up (lookupNamesOf), then again to resolve them; preparing (titles
 * stripped and person names parsed for every form and mention) was about a tenth of the main
 * thread's resolution time, done twice. A result is not changed after extraction, so the first
 * answer stays right.
 */
export function prepareEntities(result: ExtractionResult): readonly (PreparedEntity | null)[] {
  let prepared = preparedByResult.get(result);
  if (!prepared) {
    prepared = result.entities.map((extracted) => prepareEntity(extracted, result.text));
    preparedByResult.set(result, prepared);
  }
  return prepared;
}
