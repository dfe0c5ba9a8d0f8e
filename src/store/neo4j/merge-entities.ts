import { randomUUID } from 'node:crypto';
import { NotFoundError } from '../../errors';
import type { CurationActor, EntityMerge, MergeRecord } from '../graph-store';
import { captureMergeRound, type RoundCapture } from './capture-merge-round';
import { mentionsAfterMerge, namesAfterMerge } from './merged-target';
import type { CypherTx } from './neo4j-context';
import { syncNameForms } from './name-forms';
import { keysOfMerges, planMergeRounds, type PlannedMerge } from './plan-merge-rounds';
import { changePairShares, coMentionShareChanges } from './merge-co-mentions';
import { recomputeEntityCounts, recomputeRelationships } from './recompute';
import { distinctSorted } from './triple';

type Props = Record<string, unknown>;

/**
 * Moves everything of `keys` onto `into` and deletes them, recording what undo needs, inside
 * the caller's transaction (docs/store-semantics.md, mergeEntities).
 */
export async function mergeEntities(
  tx: CypherTx,
  keys: readonly string[],
  into: string,
  actor: CurationActor,
): Promise<MergeRecord> {
  const [record] = await mergeEntitiesInOrder(tx, [{ keys, into, by: actor }]);
  return record as MergeRecord;
}

/**
 * Each merge as `mergeEntities` makes it, in order, inside the caller's transaction, with the
 * same records, undo data and graph as one by one — but set-based: the merges are grouped into
 * rounds of merges that share no key (planMergeRounds), and each round runs as about fifteen
 * statements however many merges it holds. The end-of-ingest passes make hundreds of merges in
 * one call, almost all in the first round.
 */
export async function mergeEntitiesInOrder(
  tx: CypherTx,
  merges: readonly EntityMerge[],
): Promise<MergeRecord[]> {
  if (merges.length === 0) return [];
  let entities = await readLockedEntities(tx, keysOfMerges(merges));
  const rounds = planMergeRounds(merges, new Set(entities.keys()));
  const records: MergeRecord[] = [];
  for (const [number, round] of rounds.entries()) {
    if (number > 0) {
      entities = await readLockedEntities(
        tx,
        distinctSorted(round.flatMap((m) => [m.into, ...m.mergedKeys])),
      );
    }
    records.push(...(await mergeRound(tx, round, entities)));
  }
  const byIndex = new Map(rounds.flat().map((m, i) => [m.index, records[i] as MergeRecord]));
  return merges.map((_, index) => byIndex.get(index) as MergeRecord);
}

/** Locks and reads the entities; NotFoundError naming every key that does not exist. */
export async function lockEntities(
  tx: CypherTx,
  keys: readonly string[],
): Promise<Map<string, Props>> {
  const found = await readLockedEntities(tx, keys);
  const missing = keys.filter((key) => !found.has(key));
  if (missing.length > 0) throw new NotFoundError(`Unknown entities: ${missing.join(', ')}`);
  return found;
}

/** Locks and reads those of the entities that exist, by key. */
async function readLockedEntities(
  tx: CypherTx,
  keys: readonly string[],
): Promise<Map<string, Props>> {
  const rows = await tx.run('merge/lock-entities', { keys: [...keys] });
  return new Map(rows.map((row) => [(row.entity as Props).key as string, row.entity as Props]));
}

/** One round of merges sharing no key, each step one statement for the whole round. */
async function mergeRound(
  tx: CypherTx,
  round: readonly PlannedMerge[],
  entities: ReadonlyMap<string, Props>,
): Promise<MergeRecord[]> {
  const capture = await captureMergeRound(tx, round, entities);
  const { undos } = capture;
  const scopes = round.map((merge, i) => ({
    articleIds: undos[i]?.articleIds ?? [],
    keys: [merge.into, ...merge.mergedKeys],
  }));
  const moved = round.flatMap((merge, i) =>
    mentionsAfterMerge(undos[i]?.mentions ?? [], merge.into),
  );
  const shareChanges = await coMentionShareChanges(tx, scopes, moved);
  await tx.run('merge/move-mentions', { scopes, rows: moved });
  await changePairShares(tx, shareChanges);
  await moveStatementsAndQuotes(tx, round, capture);
  await tx.run('merge/set-target-names', {
    rows: round.map((merge) => ({
      key: merge.into,
      ...namesAfterMerge(
        entities.get(merge.into) as Props,
        merge.mergedKeys.map((key) => entities.get(key) as Props),
      ),
    })),
  });
  await recomputeRelationships(tx, capture.triples);
  const mergedKeys = round.flatMap((merge) => merge.mergedKeys);
  const targets = round.map((merge) => merge.into);
  await tx.run('merge/delete-entities', { keys: distinctSorted(mergedKeys) });
  await recomputeEntityCounts(tx, targets);
  await syncNameForms(tx, [...targets, ...mergedKeys]);

  const at = new Date().toISOString();
  const records = round.map((merge): MergeRecord => ({
    id: `merge_${randomUUID()}`,
    into: merge.into,
    merged: merge.mergedKeys,
    by: merge.actor.by,
    ...(merge.actor.reason !== undefined ? { reason: merge.actor.reason } : {}),
    at,
  }));
  await tx.run('merge/record-merge', {
    rows: records.map((record, i) => ({
      ...record,
      reason: record.reason ?? null,
      undo: JSON.stringify(undos[i]),
    })),
  });
  return records;
}

/**
 * Statement ends and quote links onto the targets. Most merges (a lone surname, a mistyped name)
 * touch no statement or quote: those steps are skipped when the round has nothing for them.
 */
async function moveStatementsAndQuotes(
  tx: CypherTx,
  round: readonly PlannedMerge[],
  capture: RoundCapture,
): Promise<void> {
  if (capture.statementsAfter.length > 0) {
    await tx.run('merge/repoint-statements', { rows: capture.statementsAfter });
  }
  if (capture.speakersAfter.length > 0) {
    await tx.run('merge/repoint-quote-speakers', { rows: capture.speakersAfter });
  }
  const links = round.flatMap((merge, i) =>
    (capture.undos[i]?.quoteMentions ?? []).map(({ id, entityKey }) => ({
      id,
      entityKey,
      into: merge.into,
    })),
  );
  if (links.length > 0) {
    await tx.run('merge/replace-quote-mentions', {
      removals: links.map(({ id, entityKey }) => ({ id, entityKey })),
      additions: links.map(({ id, into }) => ({ id, entityKey: into })),
    });
  }
}
