import type { RelationType } from '../../../model/entity-types';
import type { SqliteContext } from '../sqlite-context';

/** One aggregated relationship as stored (its direction kept for the answer). */
export interface Hop {
  subjectKey: string;
  type: RelationType;
  objectKey: string;
}

const ADJACENCY_SQL = `
  SELECT r.subject_key AS subjectKey, r.type, r.object_key AS objectKey FROM relationships r
  WHERE r.subject_key IN (SELECT value FROM json_each(@keys))
    AND (@types IS NULL OR r.type IN (SELECT value FROM json_each(@types)))
  UNION
  SELECT r.subject_key, r.type, r.object_key FROM relationships r
  WHERE r.object_key IN (SELECT value FROM json_each(@keys))
    AND (@types IS NULL OR r.type IN (SELECT value FROM json_each(@types)))`;

/**
 * The part of the typed graph read so far, undirected for walking. Between two entities only
 * the hop a path would state is kept: the first by type, then subjectKey. A key is `expanded`
 * once every relationship touching it has been read; reads go one batch per call.
 */
export class Adjacency {
  readonly expanded = new Set<string>();
  private readonly links = new Map<string, Map<string, Hop>>();
  private readonly sorted = new Map<string, string[]>();

  constructor(
    private readonly ctx: SqliteContext,
    private readonly types: string | null,
  ) {}

  expand(keys: Iterable<string>): void {
    const fresh = [...new Set(keys)].filter((key) => !this.expanded.has(key));
    if (fresh.length === 0) return;
    const rows = this.ctx
      .sql(ADJACENCY_SQL)
      .all({ keys: JSON.stringify(fresh), types: this.types }) as Hop[];
    for (const key of fresh) this.expanded.add(key);
    for (const hop of rows) {
      if (hop.subjectKey === hop.objectKey) continue;
      this.link(hop.subjectKey, hop.objectKey, hop);
      this.link(hop.objectKey, hop.subjectKey, hop);
    }
  }

  /** Neighbours read so far, sorted by key (so walks visit them in the contract's order). */
  neighbours(key: string): string[] {
    let list = this.sorted.get(key);
    if (!list) {
      list = [...(this.links.get(key)?.keys() ?? [])].sort(compareStrings);
      this.sorted.set(key, list);
    }
    return list;
  }

  hop(a: string, b: string): Hop | undefined {
    return this.links.get(a)?.get(b);
  }

  private link(from: string, to: string, hop: Hop): void {
    let byOther = this.links.get(from);
    if (!byOther) this.links.set(from, (byOther = new Map()));
    this.sorted.delete(from);
    const kept = byOther.get(to);
    if (
      !kept ||
      compareStrings(hop.type, kept.type) < 0 ||
      (hop.type === kept.type && compareStrings(hop.subjectKey, kept.subjectKey) < 0)
    ) {
      byOther.set(to, hop);
    }
  }
}

/** Code-unit order, as SQLite's BINARY collation and the contract compare keys. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
