import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import type { SourceItem } from '../../src/ingest/ingest-articles';
import { planSources, readPlannedSources, readSources } from '../../src/ingest/read-sources';
import type { ReadSourcesOptions } from '../../src/ingest/read-sources';
import { useTempDir } from '../support/temp-dir';

const temp = useTempDir('newsgraph-sources-');
const write = temp.write;

async function readAll(args: string[], options: ReadSourcesOptions): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of readSources(args, options)) items.push(item);
  return items;
}

/** What an item says in one string: the body read, or the error. */
function describeItem(item: SourceItem): string {
  if (!item.ok) return `error: ${item.error.message}`;
  const { id, title, text, html } = item.input;
  return [id, title, text === undefined ? `html ${html}` : `text ${text}`]
    .filter((part) => part !== undefined)
    .join(' | ');
}

const bodies = (items: SourceItem[]) => items.map(describeItem);

describe('readSources: paths', () => {
  it('reads a directory recursively in name order, article extensions only, hidden ones skipped', async () => {
    write('news/b.txt', 'Second.');
    write('news/a.html', '<p>First.</p>');
    write('news/sub/c.ndjson', '{"id":"c1","text":"Third."}\n{"id":"c2","text":"Fourth."}\n');
    write('news/notes.pdf', 'not an article');
    write('news/.draft.txt', 'hidden');
    write('news/.cache/d.txt', 'hidden too');
    const items = await readAll([join(temp.dir(), 'news')], { format: 'auto' });
    expect(bodies(items)).toEqual([
      'html <p>First.</p>',
      'text Second.',
      'c1 | text Third.',
      'c2 | text Fourth.',
    ]);
  });

  it('expands a glob: * stays in one directory, **/ spans any number, ? is one character', async () => {
    write('in/x1.txt', 'x1');
    write('in/x22.txt', 'x22');
    write('in/deep/er/x3.txt', 'x3');
    // Sorts first (p < x); `**/x?.txt` must not take it for x4.txt.
    write('in/prefix-x4.txt', 'x4');
    expect(bodies(await readAll([join(temp.dir(), 'in', '*.txt')], { format: 'auto' }))).toEqual([
      'text x4',
      'text x1',
      'text x22',
    ]);
    expect(
      bodies(await readAll([join(temp.dir(), 'in', '**', 'x?.txt')], { format: 'auto' })),
    ).toEqual(['text x3', 'text x1']);
  });

  it('reports a path or glob that names nothing as a failed item and goes on', async () => {
    const file = write('a.txt', 'Present.');
    const items = await readAll([join(temp.dir(), 'nope.txt'), join(temp.dir(), '*.html'), file], {
      format: 'auto',
    });
    expect(items.map((i) => i.ok)).toEqual([false, false, true]);
    expect(describeItem(items[0] as SourceItem)).toMatch(/nope\.txt: no such file, directory/);
  });
});

describe('readSources: a file gone between listing and reading', () => {
  it('fails that file as one item naming it, and reads the inputs after it', async () => {
    const gone = write('a/1.ndjson', '{"text":"Listed, then deleted."}\n');
    write('a/2.txt', 'Still here.');
    const plan = await planSources([join(temp.dir(), 'a')]);
    rmSync(gone);
    const items: SourceItem[] = [];
    for await (const item of readPlannedSources(plan, { format: 'auto' })) items.push(item);
    expect(bodies(items)).toEqual([
      expect.stringMatching(/^error: .*1\.ndjson: cannot read file: ENOENT/),
      'text Still here.',
    ]);
  });
});

describe('readSources: formats', () => {
  const record = '{"id":"r1","title":"Record","text":"From a JSON record."}';

  it('goes by extension under auto, so JSON in a .txt file is read as plain text', async () => {
    const file = write('record.txt', record);
    expect(bodies(await readAll([file], { format: 'auto' }))).toEqual([`text ${record}`]);
  });

  it('reads every file as the forced format whatever its extension', async () => {
    const asJson = write('record.txt', record);
    expect(bodies(await readAll([asJson], { format: 'json' }))).toEqual([
      'r1 | Record | text From a JSON record.',
    ]);
    const asNdjson = write('two.txt', `${record}\n{"id":"r2","text":"Second record."}\n`);
    expect(bodies(await readAll([asNdjson], { format: 'ndjson' }))).toEqual([
      'r1 | Record | text From a JSON record.',
      'r2 | text Second record.',
    ]);
    const asHtml = write('page.txt', '<p>Tagged.</p>');
    expect(bodies(await readAll([asHtml], { format: 'html' }))).toEqual(['html <p>Tagged.</p>']);
    const asText = write('page.html', '<p>Tagged.</p>');
    expect(bodies(await readAll([asText], { format: 'text' }))).toEqual(['text <p>Tagged.</p>']);
  });

  it('sniffs a file without a known extension: HTML by its first tag, JSON by its brace', async () => {
    write('sniff/page', '<html><body><p>Sniffed.</p></body></html>');
    write('sniff/record', record);
    const items = await readAll([join(temp.dir(), 'sniff', '*')], { format: 'auto' });
    expect(bodies(items)).toEqual([
      'html <html><body><p>Sniffed.</p></body></html>',
      'r1 | Record | text From a JSON record.',
    ]);
  });
});

describe('readSources: stdin (-)', () => {
  it('reads NDJSON from stdin by default, naming bad lines stdin:N', async () => {
    const stdin = Readable.from([
      '{"id":"s1","text":"One."}\n{"id":\n',
      '{"id":"s2","text":"Two."}',
    ]);
    const items = await readAll(['-'], { format: 'auto', stdin });
    expect(items.map((i) => i.origin)).toEqual(['stdin:1', 'stdin:2', 'stdin:3']);
    expect(bodies(items)).toEqual([
      's1 | text One.',
      expect.stringMatching(/^error: stdin:2: malformed JSON on line 2/),
      's2 | text Two.',
    ]);
  });

  it('reads stdin as one article of a forced format', async () => {
    const stdin = Readable.from(['<p>Part one, ', 'part two.</p>']);
    expect(bodies(await readAll(['-'], { format: 'html', stdin }))).toEqual([
      'html <p>Part one, part two.</p>',
    ]);
  });

  it('refuses a stdin article over the size limit, naming stdin, and reads stdin to its end', async () => {
    const stdin = Readable.from(Array.from({ length: 5 }, () => Buffer.from('word '.repeat(80))));
    const items = await readAll(['-'], { format: 'text', stdin, maxArticleBytes: 1000 });
    expect(bodies(items)).toEqual([
      'error: stdin: article is 2.0 KB (2000 bytes), over the 1000 bytes limit',
    ]);
    expect(stdin.readableEnded).toBe(true);
  });

  it('reads files and stdin in the order they are named', async () => {
    const file = write('a.txt', 'From the file.');
    const stdin = Readable.from(['{"text":"From stdin."}\n']);
    expect(bodies(await readAll(['-', file], { format: 'auto', stdin }))).toEqual([
      'text From stdin.',
      'text From the file.',
    ]);
  });

  it('ends a pending stdin read and closes stdin when the signal aborts', async () => {
    const stdin = new PassThrough();
    stdin.write('{"text":"Only line so far."}\n');
    const abort = new AbortController();
    const items = readSources(['-'], { format: 'auto', stdin, signal: abort.signal });
    expect((await items.next()).value).toMatchObject({ ok: true });
    const pending = items.next();
    abort.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(stdin.destroyed).toBe(true);
  });
});

describe('planSources and bytesRead', () => {
  it('knows the total size of regular files and counts the bytes read up to each item', async () => {
    const text = write('a/1.txt', 'A short text article.');
    // A blank line, a bad line and a last line without a newline: offsets stay exact.
    const lines = ['{"id":"n0","text":"Line zero."}', '', '{"id":', '{"id":"n2","text":"Two."}'];
    const ndjson = write('a/2.ndjson', lines.join('\n'));
    const json = write('a/3.json', '[{"text":"First of two."},{"text":"Second of two."}]');
    const [s0 = 0, s1 = 0, s2 = 0] = [text, ndjson, json].map((f) => statSync(f).size);
    const plan = await planSources([join(temp.dir(), 'a')]);
    expect(plan.totalBytes).toBe(s0 + s1 + s2);

    const read: [boolean, number | undefined][] = [];
    for await (const item of readPlannedSources(plan, { format: 'auto' }))
      read.push([item.ok, item.bytesRead]);
    const lineEnd = (n: number) => s0 + lines.slice(0, n).join('\n').length + 1;
    expect(read).toEqual([
      [true, s0],
      [true, lineEnd(1)],
      [false, lineEnd(3)],
      [true, s0 + s1],
      // A JSON array's records share its bytes evenly.
      [true, s0 + s1 + Math.round(s2 / 2)],
      [true, s0 + s1 + s2],
    ]);
  });

  it('has no total once stdin is among the inputs', async () => {
    const file = write('a.txt', 'Text.');
    expect((await planSources([file])).totalBytes).toBe(5);
    expect((await planSources([file, '-'])).totalBytes).toBeUndefined();
  });
});
