import type { ApiStore } from '../../../src/api';

/** The real store, with every method call counted by name (to catch N+1 reads). */
export function countingStore(store: ApiStore): { store: ApiStore; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const counted = new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      return (...args: unknown[]) => {
        calls.set(property, (calls.get(property) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: counted, calls };
}

export function totalCalls(calls: Map<string, number>): number {
  return [...calls.values()].reduce((a, b) => a + b, 0);
}
