import type { ExportEdge, ExportNode } from '../store/export-source';

/** The value types every format can declare (GraphML attr.type, GEXF type, JSON number/string). */
export type AttributeType = 'string' | 'int' | 'double';

export interface Attribute<T> {
  name: string;
  type: AttributeType;
  /** undefined = no value for this item (an absent date, a count co-mentions do not have). */
  value(item: T): string | number | undefined;
}

/**
 * The attributes `item` has a value for, in declaration order: what the formats that leave an
 * absent value out (GraphML's `<data>`, GEXF's `<attvalue>`) write. CSV keeps every column.
 */
export function presentAttributes<T>(
  attributes: readonly Attribute<T>[],
  item: T,
): { name: string; value: string | number }[] {
  const present: { name: string; value: string | number }[] = [];
  for (const attribute of attributes) {
    const value = attribute.value(item);
    if (value !== undefined) present.push({ name: attribute.name, value });
  }
  return present;
}

/** How list values (aliases, roles) are written in formats without lists. */
export const LIST_SEPARATOR = '|';

const list = (values: readonly string[]) =>
  values.length > 0 ? values.join(LIST_SEPARATOR) : undefined;

/**
 * Node attributes besides the id (entity key) and the label (name), which every format carries
 * natively. The order is the column order of nodes.csv and the declaration order elsewhere.
 */
export const NODE_ATTRIBUTES: readonly Attribute<ExportNode>[] = [
  { name: 'type', type: 'string', value: (n) => n.type },
  { name: 'wikidataId', type: 'string', value: (n) => n.wikidataId },
  { name: 'aliases', type: 'string', value: (n) => list(n.aliases) },
  { name: 'mentionCount', type: 'int', value: (n) => n.mentionCount },
  { name: 'articleCount', type: 'int', value: (n) => n.articleCount },
  { name: 'firstSeen', type: 'string', value: (n) => n.firstSeen },
  { name: 'lastSeen', type: 'string', value: (n) => n.lastSeen },
];

const ifRelationship =
  <V>(read: (e: Extract<ExportEdge, { kind: 'relationship' }>) => V) =>
  (edge: ExportEdge): V | undefined =>
    edge.kind === 'relationship' ? read(edge) : undefined;

/**
 * Edge attributes besides id, source, target, direction and weight. `relation` is the
 * relationship type (MET_WITH… or CO_MENTIONED); `count` is the co-mentions' sentence count.
 */
export const EDGE_ATTRIBUTES: readonly Attribute<ExportEdge>[] = [
  { name: 'relation', type: 'string', value: (e) => e.type },
  { name: 'statementCount', type: 'int', value: ifRelationship((e) => e.statementCount) },
  { name: 'articleCount', type: 'int', value: (e) => e.articleCount },
  { name: 'sourceCount', type: 'int', value: ifRelationship((e) => e.sourceCount) },
  { name: 'maxConfidence', type: 'double', value: ifRelationship((e) => e.maxConfidence) },
  { name: 'meanConfidence', type: 'double', value: ifRelationship((e) => e.meanConfidence) },
  { name: 'firstDate', type: 'string', value: ifRelationship((e) => e.firstDate) },
  { name: 'lastDate', type: 'string', value: ifRelationship((e) => e.lastDate) },
  { name: 'roles', type: 'string', value: ifRelationship((e) => list(e.roles)) },
  {
    name: 'count',
    type: 'int',
    value: (e) => (e.kind === 'co-mention' ? e.count : undefined),
  },
];

/**
 * What layout tools read as edge strength: statements behind a relationship, sentences naming
 * both ends of a co-mention.
 */
export function edgeWeight(edge: ExportEdge): number {
  return edge.kind === 'relationship' ? edge.statementCount : edge.count;
}

/** Typed relationships are directed (subject → object); co-mentions are not. */
export function isDirected(edge: ExportEdge): boolean {
  return edge.kind === 'relationship';
}

/** Both streams of one export, and what a writer reports having written. */
export interface ExportGraph {
  nodes: AsyncIterable<ExportNode>;
  edges: AsyncIterable<ExportEdge>;
}

export interface ExportCounts {
  nodes: number;
  edges: number;
}
