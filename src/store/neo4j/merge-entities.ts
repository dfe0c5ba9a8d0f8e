import { randomUUID } from 'node:crypto';
import { InvalidInputError, NotFoundError } from '../../errors';
import { curatedByAnalyst } from '../analyst-curation';
import type { CurationActor, MergeRecord } from '../graph-store';
import {
  combineMentions,
  toMentionArrays,
  type MentionArrays,
  type MergeUndoData,
} from './merge-undo-data';
import type { CypherTx, Row } from './neo4j-context';
import { syncNameForms } from './name-forms';
import {
  addCoMentionShares,
  recomputeEntityCounts,
  recomputeRelationships,
  retractCoMentionShares,
} from './recompute';
import { distinctSorted, type Triple } from './triple';

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
  const mergedKeys = distinctSorted(keys).filter((key) => key !== into);
  if (mergedKeys.length === 0) {
    throw new InvalidInputError(`mergeEntities: expected keys other than ${into}, found none`);
  }
  const entities = await lockEntities(tx, [into, ...mergedKeys]);
  const undo = await captureUndoData(tx, entities, into, mergedKeys);
  const target = entities.get(into) as Props;
  const moved = (key: string) => (mergedKeys.includes(key) ? into : key);

  await retractCoMentionShares(tx, undo.articleIds);
  await tx.run('merge/replace-mentions', {
    articleIds: undo.articleIds,
    keys: [into, ...mergedKeys],
    rows: mentionsAfterMerge(undo.mentions, into),
  });
  // Most merges (a lone surname, a mistyped name) touch no statement or quote: their statements
  // would each be a round trip that changes nothing, hundreds of times at the end of an ingest.
  if (undo.statements.length > 0) {
    await tx.run('merge/repoint-statements', {
      rows: undo.statements.map((s) => ({
        id: s.id,
        subjectKey: moved(s.subjectKey),
        objectKey: moved(s.objectKey),
      })),
    });
  }
  if (undo.quoteSpeakers.length > 0) {
    await tx.run('merge/repoint-quote-speakers', {
      rows: undo.quoteSpeakers.map((q) => ({ id: q.id, speakerKey: into })),
    });
  }
  if (undo.quoteMentions.length > 0) {
    await tx.run('merge/replace-quote-mentions', {
      removals: undo.quoteMentions.map(({ id, entityKey }) => ({ id, entityKey })),
      additions: undo.quoteMentions.map(({ id }) => ({ id, entityKey: into })),
    });
  }
  await tx.run('merge/set-entity-names', {
    key: into,
    ...namesAfterMerge(
      target,
      mergedKeys.map((key) => entities.get(key) as Props),
    ),
    curated: true,
  });
  await addCoMentionShares(tx, undo.articleIds);
  const movedTriples = undo.triples.map((t): Triple => ({
    ...t,
    subjectKey: moved(t.subjectKey),
    objectKey: moved(t.objectKey),
  }));
  await recomputeRelationships(tx, [...undo.triples, ...movedTriples]);
  await tx.run('merge/delete-entities', { keys: mergedKeys });
  await recomputeEntityCounts(tx, [into]);
  await syncNameForms(tx, [into, ...mergedKeys]);

  const record: MergeRecord = {
    id: `merge_${randomUUID()}`,
    into,
    merged: mergedKeys,
    by: actor.by,
    ...(actor.reason !== undefined ? { reason: actor.reason } : {}),
    at: new Date().toISOString(),
  };
  await tx.run('merge/record-merge', {
    ...record,
    reason: record.reason ?? null,
    undo: JSON.stringify(undo),
  });
  return record;
}

/** Locks and reads the entities; NotFoundError naming every key that does not exist. */
export async function lockEntities(
  tx: CypherTx,
  keys: readonly string[],
): Promise<Map<string, Props>> {
  const rows = await tx.run('merge/lock-entities', { keys: [...keys] });
  const found = new Map(
    rows.map((row) => [(row.entity as Props).key as string, row.entity as Props]),
  );
  const missing = keys.filter((key) => !found.has(key));
  if (missing.length > 0) throw new NotFoundError(`Unknown entities: ${missing.join(', ')}`);
  return found;
}

async function captureUndoData(
  tx: CypherTx,
  entities: Map<string, Props>,
  into: string,
  mergedKeys: string[],
): Promise<MergeUndoData> {
  const params = { mergedKeys, keys: [into, ...mergedKeys], into };
  const mentions = (await tx.run('merge/capture-mentions', params)).map((row: Row) =>
    toMentionArrays(row.articleId as string, row.entityKey as string, row.mention as Props),
  );
  const statements = await tx.run('merge/capture-statements', params);
  const [quotes] = await tx.run('merge/capture-quotes', params);
  const articleHashes = await tx.run('merge/capture-article-hashes', params);
  const target = entities.get(into) as Props;
  return {
    entities: mergedKeys.map((key) => ({ key, props: entities.get(key) as Props })),
    into: {
      aliases: (target.aliases as string[] | null) ?? [],
      normalisedAliases: (target.normalisedAliases as string[] | null) ?? [],
      curated: target.curated === true,
      analystCurated: curatedByAnalyst(target.curated === true, await standingMergesInto(tx, into)),
    },
    mentions,
    statements: statements.map((s) => ({
      id: s.id as string,
      subjectKey: s.subjectKey as string,
      objectKey: s.objectKey as string,
    })),
    quoteSpeakers: (quotes?.speakers as MergeUndoData['quoteSpeakers'] | undefined) ?? [],
    quoteMentions: (quotes?.mentions as MergeUndoData['quoteMentions'] | undefined) ?? [],
    articleIds: distinctSorted(mentions.map((m) => m.articleId)),
    triples: statements.map((s) => ({
      subjectKey: s.subjectKey as string,
      type: s.type as string,
      objectKey: s.objectKey as string,
    })),
    articleHashes: articleHashes.map((a) => ({
      id: a.id as string,
      contentHash: a.contentHash as string,
    })),
  };
}

/** In each article, the target's mentions combined with the merged entities'. */
function mentionsAfterMerge(before: readonly MentionArrays[], into: string): MentionArrays[] {
  const byArticle = new Map<string, MentionArrays[]>();
  for (const m of before) {
    let list = byArticle.get(m.articleId);
    if (!list) byArticle.set(m.articleId, (list = []));
    list.push(m);
  }
  return [...byArticle.values()].map((list) => combineMentions(into, list));
}

/** The target's aliases gain each merged entity's name and aliases (never its own name). */
function namesAfterMerge(target: Props, merged: readonly Props[]) {
  const name = target.name as string;
  const aliases = new Set((target.aliases as string[] | null) ?? []);
  const forms = new Set((target.normalisedAliases as string[] | null) ?? []);
  for (const entity of merged) {
    for (const alias of [entity.name as string, ...((entity.aliases as string[] | null) ?? [])]) {
      const trimmed = alias.trim();
      if (trimmed !== '' && trimmed !== name) aliases.add(trimmed);
    }
    for (const form of [
      entity.normalisedName as string,
      ...((entity.normalisedAliases as string[] | null) ?? []),
    ]) {
      if (form !== '') forms.add(form);
    }
  }
  return { aliases: [...aliases].sort(), normalisedAliases: [...forms].sort() };
}

async function standingMergesInto(tx: CypherTx, into: string) {
  const rows = await tx.run('merge/standing-merges-into', { into });
  return rows.map((row) => {
    const undo = JSON.parse(row.undo as string) as MergeUndoData;
    return {
      analystAliases: (row.analystAliases as string[] | null) ?? [],
      intoAnalystCurated: undo.into.analystCurated,
      intoCurated: undo.into.curated,
    };
  });
}
