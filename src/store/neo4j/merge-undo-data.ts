import type { Triple } from './triple';

/** One MENTIONS relationship as parameter rows carry it (parallel arrays, ordered by start). */
export interface MentionArrays {
  articleId: string;
  entityKey: string;
  starts: number[];
  ends: number[];
  texts: string[];
  sentences: number[];
  confidences: number[];
  sources: string[];
  candidates: string[];
}

/** What undoMerge needs to restore the state before a merge, stored as JSON on the record. */
export interface MergeUndoData {
  /** The merged entities' properties as they were. */
  entities: { key: string; props: Record<string, unknown> }[];
  into: {
    aliases: string[];
    normalisedAliases: string[];
    curated: boolean;
    /**
     * Curated by an analyst's alias, not only by merges into it still standing
     * (src/store/analyst-curation.ts). Absent in records made before it was kept.
     */
    analystCurated?: boolean;
  };
  /** Every MENTIONS to the target or a merged entity in `articleIds`, before the merge. */
  mentions: MentionArrays[];
  statements: { id: string; subjectKey: string; objectKey: string }[];
  quoteSpeakers: { id: string; speakerKey: string }[];
  quoteMentions: { id: string; entityKey: string; preexisting: boolean }[];
  articleIds: string[];
  triples: Triple[];
  /**
   * The content hash of every article holding a mention, statement or quote the merge moved:
   * undo restores only in articles still stored with that content (an article deleted or
   * re-ingested since keeps what it has now). Absent in records made before it was kept.
   */
  articleHashes?: { id: string; contentHash: string }[];
}

export function toMentionArrays(
  articleId: string,
  entityKey: string,
  props: Record<string, unknown>,
): MentionArrays {
  return {
    articleId,
    entityKey,
    starts: props.starts as number[],
    ends: props.ends as number[],
    texts: props.texts as string[],
    sentences: props.sentences as number[],
    confidences: props.confidences as number[],
    sources: props.sources as string[],
    candidates: props.candidates as string[],
  };
}

/**
 * The target's mentions in one article after a merge: its own plus the merged ones, a span the
 * target already had counted once, ordered by start then end.
 */
export function combineMentions(into: string, list: readonly MentionArrays[]): MentionArrays {
  const first = list[0];
  if (!first) throw new Error('combineMentions needs at least one relationship');
  const bySpan = new Map<string, number>();
  const entries: { r: MentionArrays; i: number }[] = [];
  // The target's own relationship first, so its mention wins a shared span.
  const ordered = [...list].sort(
    (a, b) => Number(b.entityKey === into) - Number(a.entityKey === into),
  );
  for (const r of ordered) {
    r.starts.forEach((start, i) => {
      const span = `${start}:${r.ends[i]}`;
      if (bySpan.has(span)) return;
      bySpan.set(span, entries.length);
      entries.push({ r, i });
    });
  }
  entries.sort(
    (x, y) =>
      (x.r.starts[x.i] as number) - (y.r.starts[y.i] as number) ||
      (x.r.ends[x.i] as number) - (y.r.ends[y.i] as number),
  );
  return mentionArraysOf(first.articleId, into, (field) =>
    entries.map(({ r, i }) => (r[field] as unknown[])[i]),
  );
}

/** One MENTIONS row whose parallel arrays `pick` builds, field by field. */
function mentionArraysOf(
  articleId: string,
  entityKey: string,
  pick: (field: keyof MentionArrays) => unknown[],
): MentionArrays {
  const field = <K extends keyof MentionArrays>(name: K) => pick(name) as MentionArrays[K];
  return {
    articleId,
    entityKey,
    starts: field('starts'),
    ends: field('ends'),
    texts: field('texts'),
    sentences: field('sentences'),
    confidences: field('confidences'),
    sources: field('sources'),
    candidates: field('candidates'),
  };
}

/**
 * The MENTIONS rows undo writes in one article: the merged entities' relationships as they were,
 * and the target's as it is now less the spans the merge brought it (a span it had before stays).
 */
export function mentionsAfterUndo(
  into: string,
  before: readonly MentionArrays[],
  targetNow: MentionArrays | undefined,
): MentionArrays[] {
  const span = (r: MentionArrays, i: number) => `${r.starts[i]}:${r.ends[i]}`;
  const spansOf = (r: MentionArrays | undefined) => new Set(r?.starts.map((_, i) => span(r, i)));
  const merged = before.filter((r) => r.entityKey !== into);
  const hadBefore = spansOf(before.find((r) => r.entityKey === into));
  const brought = new Set(merged.flatMap((r) => [...spansOf(r)]).filter((s) => !hadBefore.has(s)));
  if (!targetNow) return merged;
  const keep = targetNow.starts.flatMap((_, i) => (brought.has(span(targetNow, i)) ? [] : [i]));
  if (keep.length === 0) return merged;
  return [
    mentionArraysOf(targetNow.articleId, into, (field) =>
      keep.map((i) => (targetNow[field] as unknown[])[i]),
    ),
    ...merged,
  ];
}
