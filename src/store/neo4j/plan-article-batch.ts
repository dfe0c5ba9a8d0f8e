import type { ArticleGraph } from '../../model/graph';
import type { UpsertStatus } from '../graph-store';

/** What the article lock found for one id: new, or stored with this content hash. */
export interface LockedArticle {
  created: boolean;
  previousHash: string | null;
}

/**
 * Graphs written together: a run of new articles, or one article replacing its stored version
 * (old content retracted first, the entities only it supported deleted after), so every later
 * graph of the batch meets the store as one-at-a-time writes would leave it.
 */
export interface BatchSegment {
  graphs: ArticleGraph[];
  /** The id whose stored version the segment replaces, if any. */
  replaces?: string;
}

export interface BatchPlan {
  statuses: UpsertStatus[];
  segments: BatchSegment[];
}

/**
 * Decides, from the locks, what upserting the graphs one after the other would do to each —
 * created, updated, or unchanged (same hash as the version stored *or written earlier in the
 * batch*: nothing written) — and cuts the graphs to write into segments, each update alone.
 */
export function planArticleBatch(
  graphs: readonly ArticleGraph[],
  locks: ReadonlyMap<string, LockedArticle>,
): BatchPlan {
  const hashes = new Map<string, string | null>();
  for (const [id, lock] of locks) hashes.set(id, lock.created ? null : lock.previousHash);
  const statuses: UpsertStatus[] = [];
  const segments: BatchSegment[] = [];
  let current: ArticleGraph[] = [];
  for (const graph of graphs) {
    const { id, contentHash } = graph.article;
    if (!hashes.has(id)) throw new Error(`article ${id} was not locked before planning`);
    const stored = hashes.get(id) ?? null;
    if (stored === contentHash) {
      statuses.push('unchanged');
      continue;
    }
    hashes.set(id, contentHash);
    if (stored === null) {
      statuses.push('created');
      current.push(graph);
    } else {
      statuses.push('updated');
      if (current.length > 0) segments.push({ graphs: current });
      segments.push({ graphs: [graph], replaces: id });
      current = [];
    }
  }
  if (current.length > 0) segments.push({ graphs: current });
  return { statuses, segments };
}
