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
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      return (...args: unknown[]) => {
        try {
          const result: unknown = value.apply(target, args);
          return result instanceof Promise
            ? result.catch((error: unknown) => report(error, property))
            : result;
        } catch (error) {
          return report(error, property);
        }
      };
    },
  });

  function report(error: unknown, method: string): never {
    onError(method, isNewsgraphError(error) ? error.code : 'UNEXPECTED');
    throw error;
  }
}
