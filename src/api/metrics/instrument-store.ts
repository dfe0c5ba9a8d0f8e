import { isNewsgraphError } from '../../errors';
import type { ApiStore } from '../api-context';

/**
 * The store with every failed call reported (method and error code) and rethrown unchanged.
 * A Proxy, so methods added to the store interface are covered without touching this file.
 */
export function instrumentStore(
  store: ApiStore,
  onError: (method: string, code: string) => void,
): ApiStore {
  // One wrapper per method, made on first use: resolvers call the store on every request.
  const wrappers = new Map<string, { of: unknown; wrapper: unknown }>();
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      const known = wrappers.get(property);
      if (known?.of === value) return known.wrapper;
      const wrapper = (...args: unknown[]) => {
        try {
          const result: unknown = value.apply(target, args);
          return result instanceof Promise
            ? result.catch((error: unknown) => report(error, property))
            : result;
        } catch (error) {
          return report(error, property);
        }
      };
      wrappers.set(property, { of: value, wrapper });
      return wrapper;
    },
  });

  function report(error: unknown, method: string): never {
    onError(method, isNewsgraphError(error) ? error.code : 'UNEXPECTED');
    throw error;
  }
}
