import { RELATION_TYPES, type RelationType } from '../../../model/entity-types';

/**
 * The `$relationTypes` parameter: the asked types, or the whole allow-list when none (or an
 * empty list) are asked. Statements also name the allow-list in their patterns, so a type
 * outside it can never be walked whatever arrives here.
 */
export function relationTypesParam(types: readonly RelationType[] | undefined): string[] {
  return types && types.length > 0 ? [...new Set(types)] : [...RELATION_TYPES];
}
