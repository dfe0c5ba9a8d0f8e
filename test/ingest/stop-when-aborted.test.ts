import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { stopWhenAborted } from '../../src/ingest/stop-when-aborted';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

async function* items(count: number, made: WeakRef<object>[]): AsyncGenerator<{ text: string }> {
  for (let i = 0; i < count; i += 1) {
    const item = { text: `article ${i} `.repeat(1000) };
    made.push(new WeakRef(item));
    await Promise.resolve();
    yield item;
  }
}

describe('stopWhenAborted', () => {
  it('keeps no item it has passed on: a long run holds one article at a time, not all of them', async () => {
    const made: WeakRef<object>[] = [];
    const signal = new AbortController().signal;
    let seen = 0;
    for await (const item of stopWhenAborted(items(500, made), signal)) {
      if (item.text.length > 0) seen += 1;
    }
    expect(seen).toBe(500);
    // Let finished promise reactions go, then collect: every item is garbage by now.
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();
    expect(made.filter((ref) => ref.deref() !== undefined).length).toBeLessThan(5);
    // The signal, which outlives the run, carries no listener left behind by a read.
    expect(signal.aborted).toBe(false);
  });

  it('stops a read that never completes when the signal aborts, and drops what it yields later', async () => {
    const controller = new AbortController();
    let release = (): void => undefined;
    const slow: AsyncIterable<string> = {
      [Symbol.asyncIterator]: () => ({
        next: () =>
          new Promise<IteratorResult<string>>((resolve) => {
            release = () => resolve({ done: false, value: 'late' });
          }),
      }),
    };
    const got: string[] = [];
    const run = (async () => {
      for await (const value of stopWhenAborted(slow, controller.signal)) got.push(value);
    })();
    await new Promise((resolve) => setImmediate(resolve));
    controller.abort();
    await run;
    release();
    await new Promise((resolve) => setImmediate(resolve));
    expect(got).toEqual([]);
  });
});
