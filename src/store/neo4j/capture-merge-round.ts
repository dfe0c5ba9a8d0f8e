import { curatedByAnalyst } from '../analyst-curation';
import { toMentionArrays, type MergeUndoData } from './merge-undo-data';
import type { CypherTx, Row } from './neo4j-context';
import type { PlannedMerge } from './plan-merge-rounds';
import { distinctSorted, type Triple } from './triple';

type Props = Record<string, unknown>;

/** A statement's ends as they point. */
export interface StatementEnds {
  id: string;
  subjectKey: string;
  objectKey: string;
}

/** What one round of merges rewrites, read before it writes anything. */
export interface RoundCapture {
  /** Each merge's undo data, in the round's order, as the one-by-one order would record it. */
  undos: MergeUndoData[];
  /** Every statement the round moves, with the ends it has after the whole round. */
  statementsAfter: StatementEnds[];
  /** Every quote whose speaker the round moves, with its speaker after the round. */
  speakersAfter: { id: string; speakerKey: string }[];
  /** The relationship triples whose aggregates the round may change. */
  triples: Triple[];
}

/**
 * Reads, for every merge of a round (merges sharing no key: see planMergeRounds), what it
 * rewrites and what its undo needs, in a handful of statements whatever the round's size.
 * `entities` holds the round's entities as locked before it.
 */
export async function captureMergeRound(
  tx: CypherTx,
  round: readonly PlannedMerge[],
  entities: ReadonlyMap<string, Props>,
): Promise<RoundCapture> {
  const merges = round.map((m) => ({
    index: m.index,
    into: m.into,
    mergedKeys: m.mergedKeys,
    keys: [m.into, ...m.mergedKeys],
  }));
  const mentions = groupByMerge(await tx.run('merge/capture-mentions', { merges }), (row) =>
    toMentionArrays(row.articleId as string, row.entityKey as string, row.mention as Props),
  );
  const statements = groupByMerge(await tx.run('merge/capture-statements', { merges }), (row) => ({
    id: row.id as string,
    type: row.type as string,
    subjectKey: row.subjectKey as string,
    objectKey: row.objectKey as string,
  }));
  const quotes = new Map(
    (await tx.run('merge/capture-quotes', { merges })).map((row) => [row.index as number, row]),
  );
  const hashes = groupByMerge(await tx.run('merge/capture-article-hashes', { merges }), (row) => ({
    id: row.id as string,
    contentHash: row.contentHash as string,
  }));
  const analystCurated = await targetsCuratedByAnalyst(tx, round, entities);

  // One by one, a merge sees the statement ends and quote speakers earlier merges of the round
  // moved (a statement between two merged entities; a quote said by two): replay that order.
  const ends = new Map<string, StatementEnds & { type: string }>();
  for (const list of statements.values()) for (const s of list) ends.set(s.id, { ...s });
  const speakerOf = new Map<string, string>();
  const triples: Triple[] = [];
  const undos = round.map((merge): MergeUndoData => {
    const moved = (key: string) => (merge.mergedKeys.includes(key) ? merge.into : key);
    const before = (statements.get(merge.index) ?? []).map((s) => ({
      ...(ends.get(s.id) as StatementEnds & { type: string }),
    }));
    for (const s of before) {
      triples.push({ subjectKey: s.subjectKey, type: s.type, objectKey: s.objectKey });
      ends.set(s.id, { ...s, subjectKey: moved(s.subjectKey), objectKey: moved(s.objectKey) });
    }
    const quote = quotes.get(merge.index);
    const speakers = ((quote?.speakers as MergeUndoData['quoteSpeakers'] | undefined) ?? []).filter(
      (q) => (speakerOf.get(q.id) ?? merge.into) === merge.into,
    );
    for (const q of speakers) speakerOf.set(q.id, merge.into);
    const target = entities.get(merge.into) as Props;
    const merged = mentions.get(merge.index) ?? [];
    return {
      entities: merge.mergedKeys.map((key) => ({ key, props: entities.get(key) as Props })),
      into: {
        aliases: (target.aliases as string[] | null) ?? [],
        normalisedAliases: (target.normalisedAliases as string[] | null) ?? [],
        curated: target.curated === true,
        analystCurated: analystCurated.get(merge.into) ?? false,
      },
      mentions: merged,
      statements: before.map(({ id, subjectKey, objectKey }) => ({ id, subjectKey, objectKey })),
      quoteSpeakers: speakers,
      quoteMentions: (quote?.mentions as MergeUndoData['quoteMentions'] | undefined) ?? [],
      articleIds: distinctSorted(merged.map((m) => m.articleId)),
      triples: before.map(({ subjectKey, type, objectKey }) => ({ subjectKey, type, objectKey })),
      articleHashes: hashes.get(merge.index) ?? [],
    };
  });
  const statementsAfter: StatementEnds[] = [];
  for (const { id, subjectKey, type, objectKey } of ends.values()) {
    statementsAfter.push({ id, subjectKey, objectKey });
    triples.push({ subjectKey, type, objectKey });
  }
  return {
    undos,
    statementsAfter,
    speakersAfter: [...speakerOf].map(([id, speakerKey]) => ({ id, speakerKey })),
    triples,
  };
}

/** Rows of a per-merge capture, grouped by the merge's index, each mapped by `map`. */
function groupByMerge<T>(rows: readonly Row[], map: (row: Row) => T): Map<number, T[]> {
  const byMerge = new Map<number, T[]>();
  for (const row of rows) {
    const index = row.index as number;
    let list = byMerge.get(index);
    if (!list) byMerge.set(index, (list = []));
    list.push(map(row));
  }
  return byMerge;
}

/**
 * Whether an analyst's hand curates each target (src/store/analyst-curation.ts); only a curated
 * target can be, so only those have their standing merges read.
 */
async function targetsCuratedByAnalyst(
  tx: CypherTx,
  round: readonly PlannedMerge[],
  entities: ReadonlyMap<string, Props>,
): Promise<Map<string, boolean>> {
  const curated = round
    .map((m) => m.into)
    .filter((key) => (entities.get(key) as Props).curated === true);
  const result = new Map<string, boolean>();
  if (curated.length === 0) return result;
  const rows = await tx.run('merge/standing-merges-into', { intos: curated });
  for (const into of curated) {
    const standing = rows
      .filter((row) => row.into === into)
      .map((row) => {
        const undo = JSON.parse(row.undo as string) as MergeUndoData;
        return {
          analystAliases: (row.analystAliases as string[] | null) ?? [],
          intoAnalystCurated: undo.into.analystCurated,
          intoCurated: undo.into.curated,
        };
      });
    result.set(into, curatedByAnalyst(true, standing));
  }
  return result;
}
