import type { StoreConfig } from '../config';
import { reconcileFirstNames } from '../resolve/reconcile-first-names';
import { findLoneSurnamePersons, reconcileLoneSurnames } from '../resolve/reconcile-lone-surnames';
import { reconcileNameVariants } from '../resolve/reconcile-name-variants';
import { reconcileOneWordPlurals } from '../resolve/reconcile-one-word-plurals';
import { reconcileOtherTypes, type TypedNode } from '../resolve/reconcile-other-types';
import { reconcilePlaceQualified } from '../resolve/reconcile-place-qualified';
import { reconcileShortForms } from '../resolve/reconcile-short-forms';
import { readNeighbours, type Neighbours } from '../resolve/co-mention-evidence';
import { parsePersonName } from '../resolve/person-name';
import type { GraphStore } from '../store/graph-store';
import type { ExportFilter } from '../store/export-source';
import { openExportSource } from '../store/open-export-source';

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
 * company-kept evidence for choosing among namesakes. Streams the store's co-mention pairs once.
 */
async function readSurnameNeighbours(
  config: StoreConfig,
  persons: readonly TypedNode[],
  lone: readonly string[],
): Promise<Neighbours> {
  const surnames = new Set(
    persons.filter((p) => lone.includes(p.key)).map((p) => parsePersonName(p.name)?.surname),
  );
  const keys = new Set(
    persons.filter((p) => surnames.has(parsePersonName(p.name)?.surname)).map((p) => p.key),
  );
  const source = await openExportSource(config);
  try {
    return await readNeighbours(
      source.relationships({ relationTypes: [], coMentions: true }),
      keys,
    );
  } finally {
    await source.close();
  }
}

/**
 * The end-of-run pass of `newsgraph ingest`: persons stored under a surname alone are merged
 * into the full name the evidence points to, the company they keep included (see
 * reconcileLoneSurnames), then entities whose
 * type was the tagger's guess into the far better attested entity of another type that carries
 * their name (see reconcileOtherTypes), then organisations named with and without "Party", "Inc"
 * or a plural (see reconcileNameVariants), then organisations named by a short form of a longer
 * name ("United", "Lords") into the longer name most articles using the short form name too (see
 * reconcileShortForms), then one-word organisations named in the singular and the plural
 * ("Oscar", "Oscars") when most articles of one name the other (see reconcileOneWordPlurals),
 * then organisations named with a place first ("Glasgow Rangers") into the
 * organisation of the rest of the name when most of their articles name it too (see
 * reconcilePlaceQualified), then organisations and places that are only a person's first name
 * ("Paula") into the person most of their articles name (see reconcileFirstNames). Done once at
 * the end, over the whole store, so an interrupted run and its resumption end in the same state
 * as one uninterrupted run. Returns how many merges it recorded.
 */
export async function reconcileAfterIngest(
  config: StoreConfig,
  store: GraphStore,
): Promise<number> {
  const persons = await readNodes(config, { entityTypes: ['Person'] });
  const lone = await findLoneSurnamePersons(persons);
  const neighbours = await readSurnameNeighbours(config, persons, lone);
  const surnameMerges = await reconcileLoneSurnames(store, lone, neighbours);
  // Merges mark their targets curated; later passes may still move what this run merged into.
  const mergedInto = new Set(surnameMerges.map((m) => m.into));
  const typeMerges = await reconcileOtherTypes(store, await readNodes(config, {}), mergedInto);
  typeMerges.forEach((m) => mergedInto.add(m.into));
  const organisations = await readNodes(config, { entityTypes: ['Organization'] });
  const variantMerges = await reconcileNameVariants(store, organisations, mergedInto);
  variantMerges.forEach((m) => mergedInto.add(m.into));
  const shortFormMerges = await reconcileShortForms(
    store,
    await readNodes(config, { entityTypes: ['Organization'] }),
    mergedInto,
  );
  shortFormMerges.forEach((m) => mergedInto.add(m.into));
  const pluralMerges = await reconcileOneWordPlurals(
    store,
    await readNodes(config, { entityTypes: ['Organization'] }),
    mergedInto,
  );
  pluralMerges.forEach((m) => mergedInto.add(m.into));
  const placeMerges = await reconcilePlaceQualified(
    store,
    await readNodes(config, { entityTypes: ['Organization', 'Country'] }),
    mergedInto,
  );
  placeMerges.forEach((m) => mergedInto.add(m.into));
  const firstNameMerges = await reconcileFirstNames(store, await readNodes(config, {}), mergedInto);
  return (
    surnameMerges.length +
    typeMerges.length +
    variantMerges.length +
    shortFormMerges.length +
    pluralMerges.length +
    placeMerges.length +
    firstNameMerges.length
  );
}
