import type { StoreConfig } from '../config';
import { findLoneSurnamePersons, reconcileLoneSurnames } from '../resolve/reconcile-lone-surnames';
import type { GraphStore } from '../store/graph-store';
import { openExportSource } from '../store/open-export-source';

/**
 * The end-of-run pass of `newsgraph ingest`: persons stored under a surname alone are merged
 * into the only full name that carries it (see reconcileLoneSurnames). Done once at the end,
 * over the whole store, so an interrupted run and its resumption end in the same state as one
 * uninterrupted run. Returns how many merges it recorded.
 */
export async function reconcileAfterIngest(
  config: StoreConfig,
  store: GraphStore,
): Promise<number> {
  const source = await openExportSource(config);
  let lone: string[];
  try {
    lone = await findLoneSurnamePersons(source.nodes({ entityTypes: ['Person'] }));
  } finally {
    await source.close();
  }
  return (await reconcileLoneSurnames(store, lone)).length;
}
