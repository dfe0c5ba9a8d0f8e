import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';
import { runNewsgraph, startNewsgraph, type CliRun } from './spawn-newsgraph';

const BBC = join(__dirname, '..', '..', '..', 'shared', 'data', 'bbc', 'bbc.ndjson');

interface Summary {
  created: number;
  duplicates: number;
  unchanged: number;
  failed: number;
  interrupted: boolean;
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-interrupt-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('newsgraph ingest - interrupted by Ctrl-C', () => {
  it('stops at once on SIGINT while stdin is idle, writes what it read, and a rerun finishes the rest', async () => {
    expect(existsSync(BBC)).toBe(true);
    const lines = readFileSync(BBC, 'utf8').split('\n').slice(0, 20);
    const ids = lines.map((line) => (JSON.parse(line) as { id: string }).id);
    const resumed = join(dir, 'resumed.db');
    // Small batches: the first articles are written while the later ones wait for more input.
    const ingest = startNewsgraph(
      ['ingest', '-', '--json', '--concurrency', '1', '--batch-size', '2'],
      { NEWSGRAPH_SQLITE_PATH: resumed },
      { stdin: `${lines.slice(0, 12).join('\n')}\n`, keepStdinOpen: true },
    );
    try {
      await until(() => storedIds(resumed).length >= 2, 60_000);
      ingest.kill('SIGINT');
      const run = await exitWithin(ingest.finished, 20_000, () => ingest.kill('SIGKILL'));

      expect(run.stderr).toContain('interrupted: finishing the articles in flight');
      expect(run.code).toBe(0);
      const summary = JSON.parse(run.stdout) as Summary;
      expect(summary).toMatchObject({ interrupted: true, failed: 0 });
      // Every line read before the stop is written, once; none after it.
      expect(summary.created).toBe(12);
      expect(storedIds(resumed)).toEqual([...ids.slice(0, 12)].sort());
    } finally {
      ingest.stdin.end();
    }

    const rerun = await runNewsgraph(
      ['ingest', '-', '--json', '--concurrency', '1'],
      { NEWSGRAPH_SQLITE_PATH: resumed },
      { stdin: lines.join('\n') },
    );
    expect(rerun.code).toBe(0);
    expect(JSON.parse(rerun.stdout)).toMatchObject({
      interrupted: false,
      created: 8,
      unchanged: 12,
    });

    const whole = join(dir, 'whole.db');
    const once = await runNewsgraph(
      ['ingest', '-', '--concurrency', '1'],
      { NEWSGRAPH_SQLITE_PATH: whole },
      { stdin: lines.join('\n') },
    );
    expect(once.code).toBe(0);
    expect(await snapshotOf(resumed)).toEqual(await snapshotOf(whole));
  }, 240_000);

  it('finishes the articles in flight on SIGINT in the middle of a file; a rerun completes it', async () => {
    const input = join(dir, 'bbc-40.ndjson');
    const lines = readFileSync(BBC, 'utf8').split('\n').slice(0, 40);
    writeFileSync(input, lines.join('\n'));
    const ids = lines.map((line) => (JSON.parse(line) as { id: string }).id);
    const resumed = join(dir, 'resumed.db');
    const ingest = startNewsgraph(
      ['ingest', input, '--json', '--concurrency', '1', '--batch-size', '2'],
      { NEWSGRAPH_SQLITE_PATH: resumed },
    );
    await until(() => storedIds(resumed).length >= 6, 120_000);
    ingest.kill('SIGINT');
    const run = await exitWithin(ingest.finished, 30_000, () => ingest.kill('SIGKILL'));

    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as Summary;
    expect(summary).toMatchObject({ interrupted: true, failed: 0 });
    const stored = storedIds(resumed);
    expect(stored.length).toBeLessThan(40);
    // Exactly the articles it reports written, and a prefix of the input: written in order.
    expect(stored).toHaveLength(summary.created);
    const processed = ids.slice(0, summary.created + summary.duplicates);
    expect(stored.every((id) => processed.includes(id))).toBe(true);

    const rerun = await runNewsgraph(['ingest', input, '--json', '--concurrency', '1'], {
      NEWSGRAPH_SQLITE_PATH: resumed,
    });
    expect(rerun.code).toBe(0);
    expect(JSON.parse(rerun.stdout)).toMatchObject({
      interrupted: false,
      unchanged: stored.length,
    });

    const whole = join(dir, 'whole.db');
    expect(
      (
        await runNewsgraph(['ingest', input, '--concurrency', '1'], {
          NEWSGRAPH_SQLITE_PATH: whole,
        })
      ).code,
    ).toBe(0);
    expect(await snapshotOf(resumed)).toEqual(await snapshotOf(whole));
  }, 300_000);
});

/** The run, once it has exited; a run still going after `ms` is killed and fails the test. */
async function exitWithin(finished: Promise<CliRun>, ms: number, kill: () => void) {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      kill();
      reject(new Error(`ingest still running ${ms} ms after SIGINT`));
    }, ms);
  });
  try {
    return await Promise.race([finished, late]);
  } finally {
    clearTimeout(timer);
  }
}

async function until(condition: () => boolean, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Article ids in the store, sorted; read with a separate read-only handle while it runs. */
function storedIds(dbPath: string): string[] {
  if (!existsSync(dbPath)) return [];
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare('SELECT id FROM articles ORDER BY id').all() as { id: string }[];
    return rows.map((r) => r.id);
  } catch {
    return [];
  } finally {
    db.close();
  }
}

async function snapshotOf(dbPath: string) {
  const store = openSqliteStore(dbPath);
  try {
    return await store.snapshot();
  } finally {
    await store.close();
  }
}
