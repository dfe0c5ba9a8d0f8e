import { Writable } from 'node:stream';
import type { ItemReport } from '../../src/ingest/ingest-articles';
import { createProgressReporter, formatDuration } from '../../src/ingest/progress';

/** A stderr that keeps what is written; `isTTY` and `columns` as a terminal would set them. */
function fakeStderr(tty: boolean) {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString('utf8');
      done();
    },
  }) as Writable & { isTTY?: boolean; columns?: number };
  if (tty) {
    stream.isTTY = true;
    stream.columns = 160;
  }
  return { stream, written: () => text };
}

const report = (status: ItemReport['status']): ItemReport => ({
  origin: 'test',
  status,
  entities: 0,
  statements: 0,
  quotes: 0,
  tokens: 10,
});

/** The last frame the bar drew: frames are separated by cursor moves and line clears. */
function lastFrame(output: string): string {
  // eslint-disable-next-line no-control-regex -- ANSI escape sequences are what we strip
  const frames = output.split(/\u001b(?:\[[0-9;?]*[A-Za-z]|[78])|\r|\n/);
  return frames.filter((f) => f.startsWith('ingest')).at(-1) ?? '';
}

describe('createProgressReporter on a terminal', () => {
  it('shows percentage, articles, rate and ETA when the input size is known', () => {
    const stderr = fakeStderr(true);
    let clock = 0;
    const progress = createProgressReporter(stderr.stream, {
      totalBytes: 4000,
      now: () => clock,
    });
    clock = 8_000;
    progress.item(report('created'), 500);
    clock = 10_000;
    progress.item(report('failed'), 1000);
    progress.stop();
    // 500 bytes in the 2 s since the first item: the 3000 left take 12 s.
    const frame = lastFrame(stderr.written());
    expect(frame).toMatch(/25% of 3\.9 KB \| 2 articles \| 0\.2\/s \| ETA 12s \| failed 1/);
  });

  it('shows articles and rate without an ETA when the size is unknown (stdin)', () => {
    const stderr = fakeStderr(true);
    let clock = 0;
    const progress = createProgressReporter(stderr.stream, { now: () => clock });
    clock = 2_000;
    for (let i = 0; i < 6; i += 1) progress.item(report('created'), undefined);
    progress.stop();
    const frame = lastFrame(stderr.written());
    expect(frame).toMatch(/^ingest 6 articles \| 3\.0\/s \| failed 0\s*$/);
    expect(stderr.written()).not.toMatch(/ETA|%/);
  });
});

describe('createProgressReporter in a log (not a terminal)', () => {
  it('writes a line per interval with percentage and ETA when the size is known', () => {
    const stderr = fakeStderr(false);
    let clock = 0;
    const progress = createProgressReporter(stderr.stream, {
      totalBytes: 3 * 1024 * 1024,
      intervalMs: 5_000,
      now: () => clock,
    });
    clock = 1_000;
    progress.item(report('created'), 512 * 1024);
    expect(stderr.written()).toBe('');
    clock = 6_000;
    progress.item(report('unchanged'), 1024 * 1024);
    progress.stop();
    // Half a MB in the 5 s since the first item: the 2 MB left take 20 s.
    expect(stderr.written()).toBe('ingest: 2 articles, 0.3/s, 0 failed, 33% of 3.0 MB, ETA 20s\n');
  });

  it('leaves percentage and ETA out when the size is unknown', () => {
    const stderr = fakeStderr(false);
    let clock = 0;
    const progress = createProgressReporter(stderr.stream, { intervalMs: 1_000, now: () => clock });
    clock = 1_000;
    progress.item(report('failed'), undefined);
    expect(stderr.written()).toBe('ingest: 1 articles, 1.0/s, 1 failed\n');
  });
});

describe('createProgressReporter ETA', () => {
  it('waits for a second item, and leaves the start-up before the first out of the estimate', () => {
    const stderr = fakeStderr(false);
    let clock = 0;
    const progress = createProgressReporter(stderr.stream, {
      totalBytes: 10_000,
      intervalMs: 0,
      now: () => clock,
    });
    // Ten seconds of model loading, then 1000 bytes a second.
    clock = 10_000;
    progress.item(report('created'), 1_000);
    clock = 11_000;
    progress.item(report('created'), 2_000);
    expect(stderr.written().split('\n')).toEqual([
      'ingest: 1 articles, 0.1/s, 0 failed, 10% of 9.8 KB, ETA -',
      'ingest: 2 articles, 0.2/s, 0 failed, 20% of 9.8 KB, ETA 8s',
      '',
    ]);
  });
});

describe('formatDuration', () => {
  it('writes seconds, minutes with seconds, then hours with minutes', () => {
    expect([45, 185, 7620].map(formatDuration)).toEqual(['45s', '3m 05s', '2h 07m']);
  });
});
