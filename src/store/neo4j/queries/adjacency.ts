import type { RelationType } from '../../../model/entity-types';
import type { CypherTx } from '../neo4j-context';

/** One aggregated relationship, as stored (direction as the statements give it). */
export interface Hop {
  subjectKey: string;
  type: RelationType;
  objectKey: string;
}

/**
 * The part of the typed graph read so far, undirected for walking, each edge keeping its stored
 * direction. Nodes are `expanded` once every edge touching them has been read.
 */
export class Adjacency {
  private readonly edges = new Map<string, Map<string, Hop[]>>();
  private readonly seen = new Set<string>();
  readonly expanded = new Set<string>();

  /** Reads every typed edge of `keys` not yet expanded, in one round trip. */
  async expand(tx: CypherTx, keys: readonly string[], relationTypes: string[]): Promise<void> {
    const fresh = [...new Set(keys)].filter((key) => !this.expanded.has(key));
    if (fresh.length === 0) return;
    const [row] = await tx.run('queries/read-adjacency', { keys: fresh, relationTypes });
    for (const key of fresh) this.expanded.add(key);
    // Each edge is [key, type, whether key is its start, the other end's key].
    for (const [key, type, out, other] of (row?.edges ?? []) as [
      string,
      RelationType,
      boolean,
      string,
    ][]) {
      this.add(
        out
          ? { subjectKey: key, type, objectKey: other }
          : { subjectKey: other, type, objectKey: key },
      );
    }
  }

  /** The keys linked to `key` by an edge read so far. */
  neighbours(key: string): IterableIterator<string> {
    return (this.edges.get(key) ?? new Map<string, Hop[]>()).keys();
  }

  /** The edges read so far between two entities, in a fixed order (type, then subject). */
  hopsBetween(a: string, b: string): Hop[] {
    return this.edges.get(a)?.get(b) ?? [];
  }

  private add(hop: Hop): void {
    const id = `${hop.subjectKey}\u0000${hop.type}\u0000${hop.objectKey}`;
    if (this.seen.has(id)) return;
    this.seen.add(id);
    this.link(hop.subjectKey, hop.objectKey, hop);
    this.link(hop.objectKey, hop.subjectKey, hop);
  }

  private link(from: string, to: string, hop: Hop): void {
    let byOther = this.edges.get(from);
    if (!byOther) this.edges.set(from, (byOther = new Map()));
    const hops = byOther.get(to);
    if (!hops) byOther.set(to, [hop]);
    else {
      hops.push(hop);
      hops.sort(byTypeThenSubject);
    }
  }
}

function byTypeThenSubject(a: Hop, b: Hop): number {
  return compareStrings(a.type, b.type) || compareStrings(a.subjectKey, b.subjectKey);
}

/** Code-unit order, as both stores compare keys. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
