/**
 * Run `fn` over `source` with at most `concurrency` calls in flight and yield the outcomes in
 * input order. The source is pulled only as fast as the consumer takes outcomes, so a slow
 * consumer (a store) bounds memory: at most `concurrency` items are held at any time.
 */
export async function* mapOrdered<T, R>(
  source: AsyncIterable<T> | Iterable<T>,
  fn: (item: T) => Promise<R>,
  concurrency: number,
): AsyncGenerator<Outcome<T, R>> {
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`concurrency must be a positive integer, found ${concurrency}`);
  }
  const inFlight: Promise<Outcome<T, R>>[] = [];
  const iterator = toAsyncIterator(source);
  let exhausted = false;

  const pull = async (): Promise<void> => {
    if (exhausted) return;
    const next = await iterator.next();
    if (next.done) {
      exhausted = true;
      return;
    }
    const item = next.value;
    inFlight.push(
      fn(item).then(
        (value): Outcome<T, R> => ({ ok: true, item, value }),
        (error: unknown): Outcome<T, R> => ({ ok: false, item, error }),
      ),
    );
  };

  try {
    while (inFlight.length < concurrency && !exhausted) await pull();
    while (inFlight.length > 0) {
      const head = inFlight.shift() as Promise<Outcome<T, R>>;
      const outcome = await head;
      await pull();
      yield outcome;
    }
  } finally {
    // Stop early (consumer broke out): settle what is running so no rejection goes unhandled.
    await Promise.allSettled(inFlight);
    if (!exhausted) await iterator.return?.();
  }
}

export type Outcome<T, R> =
  { ok: true; item: T; value: R } | { ok: false; item: T; error: unknown };

function toAsyncIterator<T>(source: AsyncIterable<T> | Iterable<T>): AsyncIterator<T> {
  if (Symbol.asyncIterator in source) return source[Symbol.asyncIterator]();
  const sync = source[Symbol.iterator]();
  return {
    next: async () => sync.next(),
    return: async () => sync.return?.() ?? { done: true, value: undefined },
  };
}
