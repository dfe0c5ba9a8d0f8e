import type { Triple } from './recompute';

/** An entity row exactly as stored, so undo can put it back unchanged. */
export interface EntityRowSnapshot {
  key: string;
  type: string;
  name: string;
  wikidata_id: string | null;
  attributes: string | null;
  mention_count: number;
  article_count: number;
  first_seen: string | null;
  last_seen: string | null;
  curated: number;
}

export interface MentionRowSnapshot {
  article_id: string;
  entity_key: string;
  start: number;
  end: number;
  text: string;
  sentence: number;
  confidence: number;
  source: string;
  candidates: string | null;
  seen_at: string;
  /** The target already had a mention at this span, so the merge added nothing there. */
  preexisting: number;
}

/** What undoMerge needs, stored as JSON in the merges table. */
export interface MergeUndoData {
  entities: EntityRowSnapshot[];
  aliases: [string, string][];
  intoCurated: number;
  /**
   * The target was curated by an analyst's alias, not only by merges into it still standing
   * (src/store/analyst-curation.ts). Absent in records made before it was kept.
   */
  intoAnalystCurated?: boolean;
  newAliases: string[];
  mentions: MentionRowSnapshot[];
  /** [id, subjectKey, objectKey] before the merge. */
  statements: [string, string, string][];
  /** [quoteId, speakerKey] before the merge. */
  quoteSpeakers: [string, string][];
  /** [quoteId, entityKey, preexisting] before the merge. */
  quoteMentions: [string, string, number][];
  articleIds: string[];
  triples: Triple[];
  /**
   * [articleId, contentHash] of every article holding a mention, statement or quote the merge
   * moved: undo restores only in articles still stored with that content (an article deleted or
   * re-ingested since keeps what it has now). Absent in records made before it was kept.
   */
  articleHashes?: [string, string][];
  /**
   * Aliases an analyst gave the target while the merge stood (appended by addAlias): undo keeps
   * them, and keeps the target curated, even where the merge had brought the same alias.
   */
  analystAliases?: string[];
}
