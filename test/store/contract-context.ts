import type { GraphStore } from '../../src/store/graph-store';

/** Opens a fresh, migrated, empty store; `cleanup` closes it and removes what it created. */
export type OpenStore = () => Promise<{ store: GraphStore; cleanup: () => Promise<void> }>;

/** The store of the running test. */
export type CurrentStore = () => GraphStore;

/** Gives every test of the enclosing describe its own fresh store. */
export function useFreshStore(openStore: OpenStore): CurrentStore {
  let opened: Awaited<ReturnType<OpenStore>> | undefined;
  beforeEach(async () => {
    opened = await openStore();
  });
  afterEach(async () => {
    await opened?.cleanup();
    opened = undefined;
  });
  return () => {
    if (!opened) throw new Error('store used outside a test');
    return opened.store;
  };
}
