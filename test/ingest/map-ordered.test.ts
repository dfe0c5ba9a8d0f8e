import { mapOrdered } from '../../src/ingest/map-ordered';

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('mapOrdered', () => {
  it('yields outcomes in input order even when later items finish first', async () => {
    const out: number[] = [];
    for await (const o of mapOrdered([30, 5, 20, 1], async (ms) => (await delay(ms), ms), 4)) {
      if (o.ok) out.push(o.value);
    }
    expect(out).toEqual([30, 5, 20, 1]);
  });

  it('never has more than `concurrency` calls in flight', async () => {
    let running = 0;
    let peak = 0;
    const work = async (n: number) => {
      running += 1;
      peak = Math.max(peak, running);
      await delay(2);
      running -= 1;
      return n;
    };
    const items = Array.from({ length: 40 }, (_, i) => i);
    for await (const _ of mapOrdered(items, work, 3)) void _;
    expect(peak).toBe(3);
  });

  it('reports a failed item as an outcome and continues with the rest', async () => {
    const outcomes = [];
    const fn = async (n: number) => {
      if (n === 2) throw new Error('bad item 2');
      return n * 10;
    };
    for await (const o of mapOrdered([1, 2, 3], fn, 2)) outcomes.push(o);
    expect(outcomes.map((o) => (o.ok ? o.value : (o.error as Error).message))).toEqual([
      10,
      'bad item 2',
      30,
    ]);
  });

  it('pulls the source lazily so a slow consumer bounds how much is read ahead', async () => {
    let pulled = 0;
    async function* source() {
      for (let i = 0; i < 1000; i += 1) {
        pulled += 1;
        yield i;
      }
    }
    const it = mapOrdered(source(), async (n) => n, 4);
    await it.next();
    await it.next();
    expect(pulled).toBeLessThanOrEqual(6);
    await it.return(undefined);
  });

  it('rejects a concurrency that is not a positive integer', async () => {
    await expect(mapOrdered([1], async (n) => n, 0).next()).rejects.toThrow(
      'concurrency must be a positive integer, found 0',
    );
  });
});
