import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';
import { runNewsgraph, startNewsgraph } from '../cli/spawn-newsgraph';

const REPO_ROOT = join(__dirname, '..', '..');
const BBC = join(REPO_ROOT, '..', 'shared', 'data', 'bbc', 'bbc.ndjson');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-ingest-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const article = (id: string, text: string) => JSON.stringify({ id, source: 'test wire', text });

async function snapshotOf(dbPath: string) {
  const store = openSqliteStore(dbPath);
  try {
    return await store.snapshot();
  } finally {
    await store.close();
  }
}

describe('newsgraph ingest', () => {
  it('lands good lines once and reports each bad line by number, exiting 1', async () => {
    const batch = join(dir, 'batch.ndjson');
    const good1 = article(
      'a1',
      'Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Thursday.',
    );
    const good2 = article(
      'a2',
      'German Chancellor Olaf Scholz visited Paris on Monday to meet Emmanuel Macron.',
    );
    writeFileSync(
      batch,
      [
        good1,
        '{"id": "broken", "text": ',
        article('empty', '   '),
        '\u0000\u0001\u0002binary\u0003',
        good2,
        good1,
      ].join('\n'),
    );
    const errorsFile = join(dir, 'errors.ndjson');
    const db = join(dir, 'graph.db');
    const run = await runNewsgraph(
      ['ingest', batch, '--json', '--concurrency', '1', '--errors-file', errorsFile],
      { NEWSGRAPH_SQLITE_PATH: db },
    );

    expect(run.code).toBe(1);
    const summary = JSON.parse(run.stdout) as {
      created: number;
      unchanged: number;
      failed: number;
      failures: { origin: string }[];
    };
    expect(summary.created).toBe(2);
    expect(summary.unchanged).toBe(1);
    expect(summary.failed).toBe(3);
    expect(summary.failures.map((f) => f.origin.replace(/^.*\//, ''))).toEqual([
      'batch.ndjson:2',
      'batch.ndjson:3',
      'batch.ndjson:4',
    ]);
    const errors = readFileSync(errorsFile, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { code: string });
    expect(errors).toHaveLength(3);
    expect(errors.every((e) => e.code === 'INVALID_ARTICLE')).toBe(true);
    const snapshot = await snapshotOf(db);
    expect(snapshot.articles.map((a) => a.id)).toEqual(['a1', 'a2']);
  });

  it('fails an article too large for the worker memory limit by name, and lands the rest', async () => {
    const batch = join(dir, 'batch.ndjson');
    // About 1 MB of distinct sentences: far more than a 64 MB worker heap can extract.
    const sentences = Array.from(
      { length: 12_000 },
      (_, i) => `Minister Anna Kowalska${i} met envoy Jan Nowak${i} in Gdansk on day ${i}.`,
    );
    writeFileSync(
      batch,
      [
        article('small-1', 'Russian President Vladimir Putin met Xi Jinping in Moscow.'),
        article('huge', sentences.join(' ')),
        article('small-2', 'German Chancellor Olaf Scholz visited Paris on Monday.'),
      ].join('\n'),
    );
    const db = join(dir, 'graph.db');
    const run = await runNewsgraph(
      ['ingest', batch, '--json', '--concurrency', '2', '--worker-memory', '64'],
      { NEWSGRAPH_SQLITE_PATH: db },
    );

    expect(run.code).toBe(1);
    const summary = JSON.parse(run.stdout) as {
      created: number;
      failures: { origin: string; code: string; message: string }[];
    };
    expect(summary.created).toBe(2);
    expect(summary.failures).toEqual([
      expect.objectContaining({
        origin: expect.stringMatching(/batch\.ndjson:2$/),
        code: 'RESOURCE_LIMIT',
        message: expect.stringMatching(/out of memory \(64 MB\).*--worker-memory/),
      }),
    ]);
    const snapshot = await snapshotOf(db);
    expect(snapshot.articles.map((a) => a.id)).toEqual(['small-1', 'small-2']);
  });

  it('refuses a worker memory limit too small to load the extractor', async () => {
    const run = await runNewsgraph(['ingest', 'samples/', '--worker-memory', '16'], {
      NEWSGRAPH_SQLITE_PATH: join(dir, 'graph.db'),
    });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(
      /--worker-memory must be a whole number of MB, 64 or more, found 16/,
    );
  });

  it('names a missing path and says what to check', async () => {
    const run = await runNewsgraph(['ingest', join(dir, 'nope.txt'), '--concurrency', '1'], {
      NEWSGRAPH_SQLITE_PATH: join(dir, 'graph.db'),
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/nope\.txt.*no such file/);
  });

  it('changes nothing when the same input is ingested twice', async () => {
    const db = join(dir, 'graph.db');
    const env = { NEWSGRAPH_SQLITE_PATH: db };
    const first = await runNewsgraph(['ingest', 'samples/', '--json', '--concurrency', '1'], env);
    expect(first.code).toBe(0);
    const before = await snapshotOf(db);
    const second = await runNewsgraph(['ingest', 'samples/', '--json', '--concurrency', '2'], env);
    const summary = JSON.parse(second.stdout) as { created: number; unchanged: number };
    expect(summary.created).toBe(0);
    expect(summary.unchanged).toBe(before.articles.length);
    expect(await snapshotOf(db)).toEqual(before);
  });

  it('merges a person first seen by surname alone into the full name at the end of the run', async () => {
    const batch = join(dir, 'blair.ndjson');
    writeFileSync(
      batch,
      [
        article('early', 'Mr Blair said the talks in London had gone well.'),
        article('later', 'Prime Minister Tony Blair met business leaders in Manchester on Monday.'),
      ].join('\n'),
    );
    const env = { NEWSGRAPH_SQLITE_PATH: join(dir, 'graph.db') };
    const first = await runNewsgraph(['ingest', batch, '--json', '--concurrency', '1'], env);
    expect((JSON.parse(first.stdout) as { reconciledEntities: number }).reconciledEntities).toBe(1);
    const persons = (await snapshotOf(env.NEWSGRAPH_SQLITE_PATH)).entities.filter(
      (e) => e.type === 'Person',
    );
    expect(persons.map((p) => p.name)).toEqual(['Tony Blair']);

    const before = await snapshotOf(env.NEWSGRAPH_SQLITE_PATH);
    const again = await runNewsgraph(['ingest', batch, '--json', '--concurrency', '1'], env);
    expect((JSON.parse(again.stdout) as { reconciledEntities: number }).reconciledEntities).toBe(0);
    expect(await snapshotOf(env.NEWSGRAPH_SQLITE_PATH)).toEqual(before);
  });

  it('resumes after SIGKILL and ends identical to an uninterrupted run', async () => {
    expect(existsSync(BBC)).toBe(true);
    const input = join(dir, 'bbc-40.ndjson');
    writeFileSync(input, readFileSync(BBC, 'utf8').split('\n').slice(0, 40).join('\n'));

    const whole = join(dir, 'whole.db');
    expect(
      (
        await runNewsgraph(['ingest', input, '--concurrency', '1'], {
          NEWSGRAPH_SQLITE_PATH: whole,
        })
      ).code,
    ).toBe(0);

    const resumed = join(dir, 'resumed.db');
    const killedAfter = await ingestUntilKilled(input, resumed, 10);
    expect(killedAfter).toBeGreaterThanOrEqual(10);
    expect(killedAfter).toBeLessThan(40);
    const rerun = await runNewsgraph(['ingest', input, '--json', '--concurrency', '2'], {
      NEWSGRAPH_SQLITE_PATH: resumed,
    });
    expect(rerun.code).toBe(0);
    expect((JSON.parse(rerun.stdout) as { unchanged: number }).unchanged).toBeGreaterThanOrEqual(
      killedAfter,
    );

    expect(await snapshotOf(resumed)).toEqual(await snapshotOf(whole));
  }, 180_000);
});

/** Start an ingest, SIGKILL it once `atLeast` articles are stored, return how many were. */
async function ingestUntilKilled(input: string, dbPath: string, atLeast: number): Promise<number> {
  const ingest = startNewsgraph(
    // Small transactions, so the kill lands between two of them.
    ['ingest', input, '--concurrency', '1', '--batch-size', '2'],
    { NEWSGRAPH_SQLITE_PATH: dbPath },
  );
  const timer = setInterval(() => {
    if (storedArticles(dbPath) >= atLeast) {
      clearInterval(timer);
      ingest.kill('SIGKILL');
    }
  }, 20);
  try {
    await ingest.finished;
  } finally {
    clearInterval(timer);
  }
  return storedArticles(dbPath);
}

function storedArticles(dbPath: string): number {
  if (!existsSync(dbPath)) return 0;
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  } catch {
    return 0;
  } finally {
    db.close();
  }
}
