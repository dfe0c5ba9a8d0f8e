import type { StoreConfig } from '../config';
import { findLoneSurnamePersons, reconcileLoneSurnames } from '../resolve/reconcile-lone-surnames';
import { reconcileOtherTypes, type TypedNode } from '../resolve/reconcile-other-types';
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
 * The end-of-run pass of `newsgraph ingest`: persons stored under a surname alone are merged
 * into the full name the evidence points to (see reconcileLoneSurnames), then entities whose
 * type was the tagger's guess into the far better attested entity of another type that carries
 * their name (see reconcileOtherTypes). Done once at the end, over the whole store, so an
 * interrupted run and its resumption end in the same state as one uninterrupted run. Returns how
 * many merges it recorded.
 */
export async function reconcileAfterIngest(
  config: StoreConfig,
  store: GraphStore,
): Promise<number> {
  const persons = await readNodes(config, { entityTypes: ['Person'] });
  const lone = await findLoneSurnamePersons(persons);
  const surnameMerges = await reconcileLoneSurnames(store, lone);
  const typeMerges = await reconcileOtherTypes(store, await readNodes(config, {}));
  return surnameMerges.length + typeMerges.length;
}
