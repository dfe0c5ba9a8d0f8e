import type { EntityType, RelationType } from '../model/entity-types';

/**
 * The read side of `newsgraph export`: the whole graph (or a filtered part) as two streams, read
 * from the store in keyset pages so memory stays flat however big the graph is. Kept apart from
 * GraphStore, whose methods answer one request each; both stores implement it
 * (`src/store/sqlite/export-source.ts`, `src/store/neo4j/export-source.ts`) and
 * `test/export/export-source.contract.ts` runs unchanged against each.
 *
 * @example
 * for await (const node of source.nodes(filter)) write(node);
 * for await (const edge of source.relationships(filter)) write(edge);
 */
export interface GraphExportSource {
  readonly kind: 'sqlite' | 'neo4j';
  /** Entities passing the filter, ordered by key. */
  nodes(filter: ExportFilter): AsyncIterable<ExportNode>;
  /**
   * Aggregated typed relationships, then (when asked for) CO_MENTIONED pairs, each ordered by
   * (source, type, target). Both ends of every edge pass the node filter, so an edge never points
   * at a node missing from the same export.
   */
  relationships(filter: ExportFilter): AsyncIterable<ExportEdge>;
  close(): Promise<void>;
}

/**
 * What to export. Dates are inclusive ISO strings, `until` compared on its own length (so until
 * `2025-05` keeps all of May), as in GraphQueries.
 * - Entities pass when their seen range [firstSeen, lastSeen] overlaps [since, until] and their
 *   type is in `entityTypes` (all types when empty); an entity never seen fails a date filter.
 * - A typed relationship passes when its type is in `relationTypes` (all when absent) and one of
 *   its non-negated statements is dated (stated date, else the article's publication date) in
 *   range; its counts stay those of the whole relationship.
 * - CO_MENTIONED pairs are exported only with `coMentions`; with dates, a pair passes when one of
 *   the articles behind it (publishedAt, else ingestedAt) lies in range.
 */
export interface ExportFilter {
  since?: string;
  until?: string;
  /** Typed relationships to export; absent = all, empty = none. */
  relationTypes?: readonly RelationType[];
  /** Entity types to export; absent or empty = all. */
  entityTypes?: readonly EntityType[];
  coMentions?: boolean;
}

export interface ExportNode {
  key: string;
  type: EntityType;
  name: string;
  /** Sorted. */
  aliases: string[];
  wikidataId?: string;
  mentionCount: number;
  articleCount: number;
  firstSeen?: string;
  lastSeen?: string;
}

/** An aggregated typed relationship (docs/store-semantics.md), subject → object. */
export interface RelationshipEdge {
  kind: 'relationship';
  /** Stable: `source|TYPE|target`. */
  id: string;
  type: RelationType;
  source: string;
  target: string;
  statementCount: number;
  articleCount: number;
  sourceCount: number;
  maxConfidence: number;
  meanConfidence: number;
  firstDate?: string;
  lastDate?: string;
  /** Sorted distinct roles (PARTICIPATED_IN), else empty. */
  roles: string[];
}

/** Sentence co-occurrence of two entities across articles; undirected, source < target. */
export interface CoMentionEdge {
  kind: 'co-mention';
  /** Stable: `source|CO_MENTIONED|target`. */
  id: string;
  type: 'CO_MENTIONED';
  source: string;
  target: string;
  /** Sentences naming both, summed over articles. */
  count: number;
  articleCount: number;
}

export type ExportEdge = RelationshipEdge | CoMentionEdge;

export function edgeId(source: string, type: string, target: string): string {
  return `${source}|${type}|${target}`;
}

/** Rows per page read from the store: big enough to amortise a round trip, small enough to hold. */
export const EXPORT_PAGE_SIZE = 1_000;

/**
 * Reads a keyset-paged query to the end: `fetchPage(after)` returns up to `pageSize` rows after
 * the cursor (undefined for the first page); a short page is the last.
 */
export async function* readPages<Row, Cursor>(
  fetchPage: (after: Cursor | undefined, pageSize: number) => Promise<Row[]>,
  cursorOf: (row: Row) => Cursor,
  pageSize: number = EXPORT_PAGE_SIZE,
): AsyncGenerator<Row> {
  let after: Cursor | undefined;
  for (;;) {
    const page = await fetchPage(after, pageSize);
    yield* page;
    const last = page.at(-1);
    if (last === undefined || page.length < pageSize) return;
    after = cursorOf(last);
  }
}
