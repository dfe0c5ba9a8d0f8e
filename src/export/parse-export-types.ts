import { InvalidInputError } from '../errors';
import {
  ENTITY_TYPES,
  RELATION_TYPES,
  type EntityType,
  type RelationType,
} from '../model/entity-types';
import type { ExportFilter } from '../store/export-source';

const CO_MENTIONED = 'CO_MENTIONED';
/** Every typed relation: with CO_MENTIONED, the whole graph plus co-mentions. */
const ALL_RELATIONS = 'ALL_RELATIONS';

/**
 * `--types` as the filter's type fields. Entity types (Person, Country…) narrow the nodes;
 * relation types (MET_WITH…) and CO_MENTIONED choose the edges. Naming no edge type exports
 * every typed relationship and no co-mentions; naming any exports exactly those named (so
 * `CO_MENTIONED` alone exports only co-mentions); ALL_RELATIONS names every relation type, so
 * `ALL_RELATIONS,CO_MENTIONED` exports both kinds of edges. Case does not matter; commas separate.
 *
 * @example parseExportTypes(['Person,MET_WITH']) // { entityTypes: ['Person'], relationTypes: ['MET_WITH'], coMentions: false }
 */
export function parseExportTypes(
  values: readonly string[],
): Pick<ExportFilter, 'entityTypes' | 'relationTypes' | 'coMentions'> {
  const entityTypes = new Set<EntityType>();
  const relationTypes = new Set<RelationType>();
  let coMentions = false;
  const unknown: string[] = [];
  for (const token of values.flatMap((v) => v.split(',')).map((t) => t.trim())) {
    if (token === '') continue;
    const entityType = ENTITY_TYPES.find((t) => t.toLowerCase() === token.toLowerCase());
    const relationType = RELATION_TYPES.find((t) => t === token.toUpperCase());
    if (entityType) entityTypes.add(entityType);
    else if (relationType) relationTypes.add(relationType);
    else if (token.toUpperCase() === CO_MENTIONED) coMentions = true;
    else if (token.toUpperCase() === ALL_RELATIONS)
      RELATION_TYPES.forEach((t) => relationTypes.add(t));
    else unknown.push(token);
  }
  if (unknown.length > 0) {
    throw new InvalidInputError(
      `--types: unknown type ${unknown.map((t) => JSON.stringify(t)).join(', ')}; expected entity types (${ENTITY_TYPES.join(', ')}), relation types (${RELATION_TYPES.join(', ')}), ${ALL_RELATIONS} or ${CO_MENTIONED}`,
    );
  }
  const namesEdges = relationTypes.size > 0 || coMentions;
  return {
    ...(entityTypes.size > 0 ? { entityTypes: [...entityTypes] } : {}),
    ...(namesEdges ? { relationTypes: [...relationTypes] } : {}),
    coMentions,
  };
}

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** `--since`/`--until`: ISO dates or prefixes (2025, 2025-05, 2025-05-09…), since ≤ until. */
export function parseExportDates(options: {
  since?: string;
  until?: string;
}): Pick<ExportFilter, 'since' | 'until'> {
  const problems: string[] = [];
  for (const name of ['since', 'until'] as const) {
    const value = options[name];
    if (value !== undefined && !ISO_DATE.test(value)) {
      problems.push(
        `--${name}: expected an ISO date such as 2025-05-09 or 2025-05, found ${JSON.stringify(value)}`,
      );
    }
  }
  const { since, until } = options;
  if (problems.length === 0 && since !== undefined && until !== undefined) {
    if (since.slice(0, until.length) > until) {
      problems.push(`--since ${since} is after --until ${until}`);
    }
  }
  if (problems.length > 0) throw new InvalidInputError(problems.join('; '));
  return {
    ...(since !== undefined ? { since } : {}),
    ...(until !== undefined ? { until } : {}),
  };
}
