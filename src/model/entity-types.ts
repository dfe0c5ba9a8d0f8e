/**
 * The allow-lists of node labels and relationship types. Every label or relationship type that
 * reaches a Cypher statement or a SQL column comes from these lists, never from user text.
 */
export const ENTITY_TYPES = [
  'Person',
  'Country',
  'Organization',
  'Location',
  'Event',
  'Project',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_TYPES = [
  'MET_WITH',
  'HOSTED',
  'VISITED',
  'ATTENDED',
  'LEADER_OF',
  'WORKS_FOR',
  'MEMBER_OF',
  'PARTNER_OF',
  'SUPPORTS',
  'OPPOSES',
  'ACCUSES',
  'IN_CONFLICT_WITH',
  'NEGOTIATES_WITH',
  'MEDIATES',
  'INVOLVED_IN',
  'LOCATED_IN',
  'HELD_IN',
  'PARTICIPATED_IN',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Relations that read the same both ways; stores keep them with subject < object by key. */
export const SYMMETRIC_RELATION_TYPES: ReadonlySet<RelationType> = new Set<RelationType>([
  'MET_WITH',
  'PARTNER_OF',
  'IN_CONFLICT_WITH',
  'NEGOTIATES_WITH',
]);

export const MODALITIES = ['asserted', 'hedged', 'negated', 'reported'] as const;
export type Modality = (typeof MODALITIES)[number];

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export function isEntityType(value: string): value is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}

export function isRelationType(value: string): value is RelationType {
  return (RELATION_TYPES as readonly string[]).includes(value);
}
