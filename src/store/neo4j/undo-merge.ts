import { NotFoundError } from '../../errors';
import { normaliseName } from '../../model/ids';
import type { CurationActor } from '../graph-store';
import { absorbedTargetConflict, recreatedEntityConflict } from '../merge-undo-refusals';
import { lockEntities } from './merge-entities';
import {
  mentionsAfterUndo,
  toMentionArrays,
  type MentionArrays,
  type MergeUndoData,
} from './merge-undo-data';
import type { CypherTx } from './neo4j-context';
import { syncNameForms } from './name-forms';
import {
  addCoMentionShares,
  deleteOrphanEntities,
  recomputeEntityCounts,
  recomputeRelationships,
  retractCoMentionShares,
} from './recompute';
import type { Triple } from './triple';

type Props = Record<string, unknown>;

interface MergeNode {
  into: string;
  undo: string;
  analystAliases?: string[] | null;
}

/**
 * Puts back the merged entities and what the merge moved from them, in the articles still stored
 * as they were at the merge; takes from the target only the aliases the merge brought (not those
 * an analyst gave it since), and recomputes what derives from them. Refuses, changing nothing,
 * when a merged key exists again or the target has been merged away (docs/store-semantics.md).
 * Runs inside the caller's transaction.
 */
export async function undoMerge(
  tx: CypherTx,
  mergeId: string,
  actor: CurationActor,
): Promise<void> {
  const [row] = await tx.run('merge/get-merge', { id: mergeId });
  if (!row) throw new NotFoundError(`No merge ${mergeId} to undo`);
  const merge = row.merge as MergeNode;
  const into = merge.into;
  const undo = JSON.parse(merge.undo) as MergeUndoData;
  const mergedKeys = undo.entities.map((e) => e.key);
  const targetOfOtherMerge = await refuseUnsafeUndo(tx, mergeId, into, mergedKeys);
  const target = (await lockEntities(tx, [into])).get(into) as Props;

  const unchanged = await unchangedArticles(tx, undo);
  const articleIds = unchanged
    ? undo.articleIds.filter((id) => unchanged.includes(id))
    : undo.articleIds;
  const statementIds = undo.statements.map((s) => s.id);
  const triplesBefore = await statementTriples(tx, statementIds);

  await retractCoMentionShares(tx, articleIds);
  await tx.run('merge/restore-entities', { rows: undo.entities });
  await tx.run('merge/replace-mentions', {
    articleIds,
    keys: [into, ...mergedKeys],
    rows: await mentionRows(tx, into, undo, articleIds),
  });
  const moved = (key: string) => (mergedKeys.includes(key) ? key : null);
  await tx.run('merge/restore-statement-ends', {
    into,
    articleIds: unchanged,
    rows: undo.statements.map((s) => ({
      id: s.id,
      subjectKey: moved(s.subjectKey),
      objectKey: moved(s.objectKey),
    })),
  });
  await tx.run('merge/restore-quotes', {
    into,
    articleIds: unchanged,
    rows: undo.quoteSpeakers,
    removals: [...new Set(undo.quoteMentions.filter((q) => !q.preexisting).map((q) => q.id))],
    additions: undo.quoteMentions.map(({ id, entityKey }) => ({ id, entityKey })),
  });
  const analystAliases = merge.analystAliases ?? [];
  await tx.run('merge/set-entity-names', {
    key: into,
    ...targetNamesAfterUndo(target, undo, analystAliases),
    curated:
      (undo.into.analystCurated ?? undo.into.curated) ||
      analystAliases.length > 0 ||
      targetOfOtherMerge,
  });
  await addCoMentionShares(tx, articleIds);
  await recomputeRelationships(tx, [
    ...triplesBefore,
    ...(await statementTriples(tx, statementIds)),
  ]);
  const keys = [into, ...mergedKeys];
  await recomputeEntityCounts(tx, keys);
  // As deleteArticle would have done had there been no merge: an entity whose articles have all
  // gone since, and that no analyst curated, goes.
  await deleteOrphanEntities(tx, keys);
  await syncNameForms(tx, keys);
  await tx.run('merge/mark-undone', { id: mergeId, at: new Date().toISOString(), by: actor.by });
}

/** Throws what forbids the undo, if anything; else: does another merge keep `into` curated? */
async function refuseUnsafeUndo(
  tx: CypherTx,
  mergeId: string,
  into: string,
  mergedKeys: readonly string[],
): Promise<boolean> {
  const [obstacles] = await tx.run('merge/undo-obstacles', {
    id: mergeId,
    into,
    mergedKeys: [...mergedKeys],
  });
  const recreated = (obstacles?.recreated as string[] | undefined) ?? [];
  if (recreated.length > 0) throw recreatedEntityConflict(mergeId, into, recreated);
  if (obstacles?.intoExists !== true) {
    const [absorbedBy] =
      (obstacles?.absorbedBy as { id: string; into: string }[] | undefined) ?? [];
    throw absorbedTargetConflict(mergeId, into, absorbedBy);
  }
  return obstacles.targetOfOtherMerge === true;
}

/** The recorded articles whose content is what it was at the merge; null when not recorded. */
async function unchangedArticles(tx: CypherTx, undo: MergeUndoData): Promise<string[] | null> {
  if (undo.articleHashes === undefined) return null;
  const rows = await tx.run('merge/unchanged-articles', { rows: undo.articleHashes });
  return rows.map((r) => r.id as string);
}

async function statementTriples(tx: CypherTx, ids: readonly string[]): Promise<Triple[]> {
  if (ids.length === 0) return [];
  const rows = await tx.run('merge/statement-triples', { ids: [...ids] });
  return rows.map((r) => ({
    subjectKey: r.subjectKey as string,
    type: r.type as string,
    objectKey: r.objectKey as string,
  }));
}

async function mentionRows(
  tx: CypherTx,
  into: string,
  undo: MergeUndoData,
  articleIds: readonly string[],
): Promise<MentionArrays[]> {
  const now = new Map(
    (await tx.run('merge/read-target-mentions', { into, articleIds: [...articleIds] })).map((r) => [
      r.articleId as string,
      toMentionArrays(r.articleId as string, into, r.mention as Props),
    ]),
  );
  return articleIds.flatMap((id) =>
    mentionsAfterUndo(
      into,
      undo.mentions.filter((m) => m.articleId === id),
      now.get(id),
    ),
  );
}

/**
 * The target's aliases now, less those the merge brought that no analyst has given it since;
 * a normalised form goes with them unless a remaining alias still has it.
 */
function targetNamesAfterUndo(target: Props, undo: MergeUndoData, analystAliases: string[]) {
  const name = target.name as string;
  const hadAliases = new Set(undo.into.aliases);
  const hadForms = new Set(undo.into.normalisedAliases);
  const kept = new Set(analystAliases);
  const brought = new Set<string>();
  const broughtForms = new Set<string>();
  for (const { props } of undo.entities) {
    for (const alias of [props.name as string, ...((props.aliases as string[] | null) ?? [])]) {
      const trimmed = alias.trim();
      if (trimmed !== '' && trimmed !== name && !hadAliases.has(trimmed) && !kept.has(trimmed)) {
        brought.add(trimmed);
      }
    }
    for (const form of [
      props.normalisedName as string,
      ...((props.normalisedAliases as string[] | null) ?? []),
    ]) {
      if (form !== '' && !hadForms.has(form)) broughtForms.add(form);
    }
  }
  const aliases = ((target.aliases as string[] | null) ?? []).filter((a) => !brought.has(a));
  const stillNamed = new Set(aliases.map(normaliseName));
  const normalisedAliases = ((target.normalisedAliases as string[] | null) ?? []).filter(
    (form) => !broughtForms.has(form) || stillNamed.has(form),
  );
  return { aliases, normalisedAliases };
}
