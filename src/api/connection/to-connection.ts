import { encodeCursor } from './cursor';
import type { PageRequest } from './page-args';

export interface Connection<T, E extends { node: T }> {
  edges: (E & { cursor: string })[];
  nodes: T[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

/**
 * A Relay connection from one page fetched with `first + 1` rows: the extra row only says there
 * is a next page. `toEdge` adds per-edge fields (a search score).
 */
export function toConnection<R, T, E extends { node: T }>(
  rows: readonly R[],
  page: PageRequest,
  toEdge: (row: R) => E,
): Connection<T, E> {
  const kept = rows.slice(0, page.first);
  const edges = kept.map((row, index) => ({
    ...toEdge(row),
    cursor: encodeCursor(page.offset + index),
  }));
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: {
      hasNextPage: rows.length > page.first,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** The store's page for a request: one more row than asked, to know whether more follow. */
export function storePage(page: PageRequest): { limit: number; offset: number } {
  return { limit: page.first + 1, offset: page.offset };
}

/** Page an already complete list (relationships come whole from the store). */
export function sliceForPage<R>(all: readonly R[], page: PageRequest): R[] {
  return all.slice(page.offset, page.offset + page.first + 1);
}
