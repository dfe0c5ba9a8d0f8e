import type { GraphStore } from '../store/graph-store';

/**
 * What entity resolution needs to read from the store, and nothing more: exact name/alias
 * look-ups and entities by key. A `GraphStore` satisfies it, so the pipeline passes its store;
 * pure tests pass a small in-memory table.
 *
 * Resolution never needs "persons whose name ends with X": it writes surnames and short forms
 * into `EntityRecord.aliases`, and the stores index aliases, so `findEntitiesByName('Putin')`
 * finds Vladimir Putin once any article has named him in full.
 */
export type EntityLookup = Pick<GraphStore, 'findEntitiesByName' | 'getEntities'>;
