import type { ArticleGraph } from '../../src/model/graph';
import type { ExportEdge, ExportNode } from '../../src/store/export-source';
import type { EntityView, GraphSnapshot, GraphStore } from '../../src/store/graph-store';

/**
 * What an export should hold, derived from the store's own reads (snapshot, getEntities,
 * statementsBetween) and the ingested ArticleGraphs — never from the export source under test.
 */
export interface Expected {
  nodes: ExportNode[];
  relationships: ExportEdge[];
  coMentions: ExportEdge[];
  /** Per typed relationship id, the effective dates of its non-negated statements. */
  relationshipDates: Map<string, string[]>;
  /** Per co-mention pair id, the dates (publishedAt ?? ingestedAt) of its articles. */
  coMentionDates: Map<string, string[]>;
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

export async function expectedExport(
  store: GraphStore,
  graphs: readonly ArticleGraph[],
): Promise<Expected> {
  const snapshot = await store.snapshot();
  const views = await store.getEntities(snapshot.entities.map((e) => e.key));
  const nodes = views.map((view) => toNode(view as EntityView));
  const relationships = snapshot.relationships.map(toRelationshipEdge);
  const relationshipDates = new Map<string, string[]>();
  for (const edge of relationships) {
    const statements = await store.statementsBetween(edge.source, edge.type as never, edge.target);
    relationshipDates.set(
      edge.id,
      statements
        .filter((s) => s.modality !== 'negated')
        .map((s) => s.date?.value ?? s.article.publishedAt)
        .filter((d): d is string => d !== undefined),
    );
  }
  const coMentionDates = new Map<string, string[]>();
  for (const graph of graphs) {
    const date = graph.article.publishedAt ?? graph.article.ingestedAt;
    for (const pair of graph.cooccurrences) {
      const id = `${pair.a}|CO_MENTIONED|${pair.b}`;
      coMentionDates.set(id, [...(coMentionDates.get(id) ?? []), date]);
    }
  }
  return {
    nodes,
    relationships,
    coMentions: snapshot.cooccurrences.map(toCoMentionEdge),
    relationshipDates,
    coMentionDates,
  };
}

function toNode(view: EntityView): ExportNode {
  const { curated: _curated, attributes: _attributes, ...node } = view;
  return { ...node, aliases: [...node.aliases].sort() };
}

function toRelationshipEdge(r: GraphSnapshot['relationships'][number]): ExportEdge {
  return {
    kind: 'relationship',
    id: `${r.subjectKey}|${r.type}|${r.objectKey}`,
    type: r.type,
    source: r.subjectKey,
    target: r.objectKey,
    statementCount: r.statementCount,
    articleCount: r.articleCount,
    sourceCount: r.sourceCount,
    maxConfidence: round(r.maxConfidence),
    meanConfidence: round(r.meanConfidence),
    ...(r.firstDate !== undefined ? { firstDate: r.firstDate } : {}),
    ...(r.lastDate !== undefined ? { lastDate: r.lastDate } : {}),
    roles: [...(r.roles ?? [])].sort(),
  };
}

function toCoMentionEdge(c: GraphSnapshot['cooccurrences'][number]): ExportEdge {
  return {
    kind: 'co-mention',
    id: `${c.a}|CO_MENTIONED|${c.b}`,
    type: 'CO_MENTIONED',
    source: c.a,
    target: c.b,
    count: c.count,
    articleCount: c.articleCount,
  };
}

/** The export contract's inclusive range: D >= since, D cut to until's length <= until. */
export function inRange(date: string | undefined, since?: string, until?: string): boolean {
  if (date === undefined) return false;
  return (
    (since === undefined || date >= since) &&
    (until === undefined || date.slice(0, until.length) <= until)
  );
}

/** Confidences rounded as in the snapshot, so both stores compare with toEqual. */
export function comparable(edge: ExportEdge): ExportEdge {
  return edge.kind === 'relationship'
    ? {
        ...edge,
        maxConfidence: round(edge.maxConfidence),
        meanConfidence: round(edge.meanConfidence),
      }
    : edge;
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

export const byId = <T extends { id: string }>(a: T, b: T) =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
export const byKey = (a: ExportNode, b: ExportNode) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
