import { Repeater } from 'graphql-yoga';

/**
 * `source`, calling `onEnd` once when it ends — by itself, or because the consumer (a client
 * that went away) stopped reading. A plain async generator cannot do the second while it waits
 * for a next value that may never come.
 */
export function endingWith<T>(source: AsyncIterable<T>, onEnd: () => void): AsyncIterable<T> {
  return new Repeater<T>(async (push, stop) => {
    const iterator = source[Symbol.asyncIterator]();
    let stopped = false;
    void stop.then(() => {
      stopped = true;
      void iterator.return?.();
    });
    try {
      while (!stopped) {
        const next = await iterator.next();
        if (next.done) break;
        await push(next.value);
      }
    } finally {
      onEnd();
      stop();
    }
  });
}
