import { join } from 'node:path';
import Database from 'better-sqlite3';
import { runNewsgraph } from './spawn-newsgraph';
import { useTempDir } from '../support/temp-dir';

const temp = useTempDir('newsgraph-inputs-');
const write = temp.write;

const record = (id: string, text: string, title?: string) =>
  JSON.stringify({ id, ...(title ? { title } : {}), source: 'test wire', text });

interface StoredArticle {
  id: string;
  title: string | null;
  text: string;
}

/** The articles table as written (the store's snapshot leaves the text out). */
function storedArticles(dbPath: string): StoredArticle[] {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT id, title, text FROM articles ORDER BY id').all() as StoredArticle[];
  } finally {
    db.close();
  }
}

describe('newsgraph ingest inputs', () => {
  it('reads a directory, a glob and stdin in one run, each article landing once', async () => {
    write('news/a.txt', 'German Chancellor Olaf Scholz visited Paris on Monday.');
    write('news/sub/b.ndjson', record('b1', 'Vladimir Putin met Xi Jinping in Moscow.'));
    write('news/skip.pdf', 'not an article');
    write(
      'pages/one.html',
      '<html><body><p>Emmanuel Macron spoke in Lyon on Friday.</p></body></html>',
    );
    write('pages/two.htm', '<p>Not matched by the glob.</p>');
    const db = join(temp.dir(), 'graph.db');
    const run = await runNewsgraph(
      [
        'ingest',
        join(temp.dir(), 'news'),
        join(temp.dir(), 'pages', '*.html'),
        '-',
        '--json',
        '--concurrency',
        '1',
      ],
      { NEWSGRAPH_SQLITE_PATH: db },
      { stdin: `${record('s1', 'Joe Biden flew to Berlin on Tuesday.')}\n` },
    );

    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ created: 4, failed: 0 });
    // The end-of-run pass says that it runs and what each round did.
    expect(run.stderr).toContain('ingest: reconciling entities across the graph');
    expect(run.stderr).toMatch(/ingest: reconciliation round 1: 0 merges in \d+\.\ds/);
    const texts = storedArticles(db)
      .map((a) => a.text)
      .sort();
    expect(texts).toEqual([
      'Emmanuel Macron spoke in Lyon on Friday.',
      'German Chancellor Olaf Scholz visited Paris on Monday.',
      'Joe Biden flew to Berlin on Tuesday.',
      'Vladimir Putin met Xi Jinping in Moscow.',
    ]);
  });

  it('writes nothing on --dry-run, yet its summary counts the articles, failures and entities', async () => {
    write(
      'in/a.txt',
      'Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow.',
    );
    write('in/b.ndjson', `${record('b1', 'Olaf Scholz visited Paris.')}\n{"id": "broken"\n`);
    const db = join(temp.dir(), 'graph.db');
    const run = await runNewsgraph(
      ['ingest', join(temp.dir(), 'in'), '--dry-run', '--concurrency', '1'],
      {
        NEWSGRAPH_SQLITE_PATH: db,
      },
    );

    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^Articles: 2 extracted \(dry run: nothing written\), 1 failed$/m);
    expect(run.stdout).toMatch(/^Extracted: [1-9]\d* entities/m);
    expect(run.stdout).toMatch(/failed .*b\.ndjson:2: \[INVALID_ARTICLE\] .*malformed JSON/);
    expect(storedArticles(db)).toEqual([]);
  });

  it('reads a .txt file as text under --format auto and as a JSON record under --format json', async () => {
    const file = write('record.txt', record('r1', 'Olaf Scholz visited Paris on Monday.', 'Visit'));
    const auto = join(temp.dir(), 'auto.db');
    const asText = await runNewsgraph(['ingest', file, '--concurrency', '1'], {
      NEWSGRAPH_SQLITE_PATH: auto,
    });
    expect(asText.code).toBe(0);
    const [textArticle] = storedArticles(auto);
    expect(textArticle?.text).toContain('"id":"r1"');

    const forced = join(temp.dir(), 'forced.db');
    const asJson = await runNewsgraph(['ingest', file, '--format', 'json', '--concurrency', '1'], {
      NEWSGRAPH_SQLITE_PATH: forced,
    });
    expect(asJson.code).toBe(0);
    expect(storedArticles(forced)).toEqual([
      expect.objectContaining({
        id: 'r1',
        title: 'Visit',
        text: 'Olaf Scholz visited Paris on Monday.',
      }),
    ]);
  });
});
