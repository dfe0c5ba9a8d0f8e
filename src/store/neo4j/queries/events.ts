import type { EventFilter } from '../../graph-queries';
import type { EntityView, Page } from '../../graph-store';
import { toEntityView } from '../entity-view';
import type { CypherTx } from '../neo4j-context';
import { compareStrings } from './adjacency';
import { requirePage } from './validate-query-options';

/**
 * Event entities by participants, place and event date (attributes.date, compared as an ISO
 * string, `until` against the date's prefix of its length; an undated event fails any range), newest first, undated last, then by key.
 * The date lives in the attributes JSON, which Cypher cannot read without APOC, so the range,
 * the order and the page are applied here over the events that pass the graph filters.
 */
export async function events(tx: CypherTx, filter: EventFilter, page: Page): Promise<EntityView[]> {
  requirePage(page);
  const rows = await tx.run('queries/list-events', {
    participants: [...new Set(filter.participants ?? [])],
    place: filter.place ?? null,
  });
  return rows
    .map((row) => toEntityView(row.entity as Record<string, unknown>))
    .filter((event) => inRange(event.attributes?.date, filter.since, filter.until))
    .sort(byDateDescThenKey)
    .slice(page.offset, page.offset + page.limit);
}

function inRange(date: string | undefined, since?: string, until?: string): boolean {
  if (since === undefined && until === undefined) return true;
  if (date === undefined) return false;
  return (
    (since === undefined || date >= since) &&
    (until === undefined || date.slice(0, until.length) <= until)
  );
}

function byDateDescThenKey(a: EntityView, b: EntityView): number {
  const x = a.attributes?.date;
  const y = b.attributes?.date;
  if (x !== y) {
    if (x === undefined) return 1;
    if (y === undefined) return -1;
    return compareStrings(y, x);
  }
  return compareStrings(a.key, b.key);
}
