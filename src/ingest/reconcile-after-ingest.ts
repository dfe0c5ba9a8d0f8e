import type { StoreConfig } from '../config';
import { loadKnownPlaces, type KnownPlaces } from '../extract/gazetteer';
import { reconcileFirstNames } from '../resolve/reconcile-first-names';
import {
  findLoneSurnamePersons,
  reconcileLoneSurnames,
  type ReadNeighbours,
} from '../resolve/reconcile-lone-surnames';
import { reconcileNameVariants } from '../resolve/reconcile-name-variants';
import { reconcileOneWordPlurals } from '../resolve/reconcile-one-word-plurals';
import { reconcileOtherTypes, type TypedNode } from '../resolve/reconcile-other-types';
import { reconcilePlaceQualified } from '../resolve/reconcile-place-qualified';
import { reconcileShortForms } from '../resolve/reconcile-short-forms';
import { reconcileTownClubs } from '../resolve/reconcile-town-clubs';
import { parsedPersonName } from '../resolve/reconcile-person-names';
import type { GraphStore, MergeRecord } from '../store/graph-store';
import type { ExportFilter } from '../store/export-source';
import { openExportSource } from '../store/open-export-source';
import { nodesAfterMerges } from './nodes-after-merges';

async function readNodes(config: StoreConfig, filter: ExportFilter): Promise<TypedNode[]> {
  const source = await openExportSource(config);
  const nodes: TypedNode[] = [];
  try {
    for await (const node of source.nodes(filter)) nodes.push(node);
  } finally {
    await source.close();
  }
  return nodes;
}

/**
 * The sentence neighbours of the lone surnames and of every person carrying one of them: the
 * company-kept evidence for choosing among namesakes, read for those of the keys asked that are
 * such persons, when reconcileLoneSurnames asks.
 */
function surnameNeighbours(
  store: Pick<GraphStore, 'coMentionsOf'>,
  persons: readonly TypedNode[],
  lone: readonly string[],
): ReadNeighbours {
  const loneKeys = new Set(lone);
  const surnames = new Set(
    persons.filter((p) => loneKeys.has(p.key)).map((p) => parsedPersonName(p.name)?.surname),
  );
  const eligible = new Set(
    persons.filter((p) => surnames.has(parsedPersonName(p.name)?.surname)).map((p) => p.key),
  );
  return async (keys) => {
    const neighbours = new Map<string, Set<string>>();
    const asked = keys.filter((key) => eligible.has(key));
    if (asked.length === 0) return neighbours;
    for (const [key, company] of await store.coMentionsOf(asked)) {
      if (company.length > 0) neighbours.set(key, new Set(company.map((c) => c.key)));
    }
    return neighbours;
  };
}

/**
 * The end-of-run pass of `newsgraph ingest`: persons stored under a surname alone are merged
 * into the full name the evidence points to, the company they keep included (see
 * reconcileLoneSurnames), then entities whose
 * type was the tagger's guess into the far better attested entity of another type that carries
 * their name (see reconcileOtherTypes), then organisations named with and without "Party", "Inc"
 * or a plural, or by a slip of the pen (see reconcileNameVariants), then organisations named by a
 * short form of a longer name ("United", "Lords") into the longer name most articles using the
 * short form name too (see reconcileShortForms), then a town's club into the one fuller club name
 * of the same sport its articles name beside it ("Newcastle (rugby union)" into Newcastle Falcons;
 * see reconcileTownClubs), then one-word organisations named in the singular and the plural
 * ("Oscar", "Oscars") when most articles of one name the other (see reconcileOneWordPlurals),
 * then organisations named with a place first ("Glasgow Rangers") into the
 * organisation of the rest of the name when most of their articles name it too (see
 * reconcilePlaceQualified), then organisations and places that are only a person's first name
 * ("Paula") into the person most of their articles name (see reconcileFirstNames); the whole
 * round again while a round merges (see `MAX_ROUNDS`). Done at the end, over the whole store, so
 * an interrupted run and its resumption end in the same state as one uninterrupted run. Returns
 * how many merges it recorded.
 */
export async function reconcileAfterIngest(
  config: StoreConfig,
  store: GraphStore,
  onRound: (round: ReconcileRound) => void = () => undefined,
): Promise<number> {
  const knownPlaces = loadKnownPlaces();
  // Merges mark their targets curated; later passes and rounds may still move what this run
  // merged into.
  const mergedInto = new Set<string>();
  // The graph's nodes, read whole once; after a pass that merged, only its targets are read
  // again (nodesAfterMerges), not the whole graph after every such pass.
  let nodes = await readNodes(config, {});
  let merged = 0;
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const started = Date.now();
    const { merges, nodesAfter } = await reconcileRound(store, nodes, knownPlaces, mergedInto);
    nodes = nodesAfter;
    merged += merges;
    onRound({ round: round + 1, merges, seconds: (Date.now() - started) / 1000 });
    if (merges === 0) break;
  }
  return merged;
}

/** What one round of the end-of-run pass did, for progress output. */
export interface ReconcileRound {
  /** 1 for the first. */
  round: number;
  merges: number;
  seconds: number;
}

/**
 * Rounds of the passes at most. A round's merges give the next one names to match: "Nortel"
 * joined to Nortel Networks makes it an alias there, which a place the tagger called "Nortel"
 * then meets. On the BBC set a second round finds about 20 merges and a third none; without it
 * a second ingest of the same input would still merge, and a resumed run end elsewhere.
 */
const MAX_ROUNDS = 4;

/** One round of every pass, in order, from the graph's nodes: how many merges, the nodes after. */
async function reconcileRound(
  store: GraphStore,
  nodesBefore: readonly TypedNode[],
  knownPlaces: KnownPlaces,
  mergedInto: Set<string>,
): Promise<{ merges: number; nodesAfter: TypedNode[] }> {
  let read = [...nodesBefore];
  const nodes = (...types: TypedNode['type'][]): TypedNode[] =>
    types.length === 0 ? read : read.filter((n) => types.includes(n.type));
  const merges: MergeRecord[] = [];
  const record = async (made: readonly MergeRecord[]) => {
    if (made.length > 0) read = await nodesAfterMerges(store, read, made);
    for (const merge of made) {
      mergedInto.add(merge.into);
      merges.push(merge);
    }
  };
  const persons = nodes('Person');
  const lone = await findLoneSurnamePersons(persons);
  const neighbours = surnameNeighbours(store, persons, lone);
  await record(await reconcileLoneSurnames(store, lone, neighbours));
  await record(await reconcileOtherTypes(store, nodes(), mergedInto, knownPlaces));
  await record(await reconcileNameVariants(store, nodes('Organization'), mergedInto, knownPlaces));
  await record(await reconcileShortForms(store, nodes('Organization'), mergedInto, knownPlaces));
  await record(await reconcileTownClubs(store, nodes('Organization'), mergedInto, knownPlaces));
  await record(await reconcileOneWordPlurals(store, nodes('Organization'), mergedInto));
  const placeNodes = nodes('Organization', 'Country');
  await record(await reconcilePlaceQualified(store, placeNodes, mergedInto, knownPlaces));
  await record(await reconcileFirstNames(store, nodes(), mergedInto, knownPlaces));
  return { merges: merges.length, nodesAfter: read };
}
