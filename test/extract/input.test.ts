import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { cleanArticle } from '../../src/extract/clean';
import { parseArticleFile, readNdjsonArticles } from '../../src/extract/input';
import type { ArticleReadResult } from '../../src/extract/input';

const FIXTURES = join(__dirname, '../fixtures/articles');

function errorsOf(results: ArticleReadResult[]): string[] {
  return results.flatMap((r) => (r.ok ? [] : [r.error.message]));
}

describe('parseArticleFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-input-'));

  it('reads a text file as one article without a title', async () => {
    const path = join(dir, 'a.txt');
    writeFileSync(path, 'Shares rose on Monday.\n');
    const [r] = await parseArticleFile(path);
    expect(r).toEqual({ ok: true, input: { text: 'Shares rose on Monday.\n', origin: path } });
  });

  it('recognises HTML by extension and by content', async () => {
    const [byName] = await parseArticleFile(join(FIXTURES, 'news-page.html'));
    expect(byName?.ok && byName.input.html).toContain('<article>');
    const [bySniff] = await parseArticleFile(
      Buffer.from('<html><body><p>Hi there</p></body></html>'),
    );
    expect(bySniff?.ok && bySniff.input.html).toBeDefined();
  });

  it('refuses an empty file, naming it', async () => {
    const path = join(dir, 'empty.txt');
    writeFileSync(path, '  \n');
    expect(errorsOf(await parseArticleFile(path))).toEqual([`${path}: empty article`]);
  });

  it('refuses binary content', async () => {
    const results = await parseArticleFile(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), {
      origin: 'image.png',
    });
    expect(errorsOf(results)).toEqual(['image.png: binary content, not text']);
  });

  it('refuses invalid UTF-8', async () => {
    const results = await parseArticleFile(Buffer.from([0x48, 0x69, 0xc3, 0x28, 0x21]), {
      origin: 'latin1.txt',
      format: 'text',
    });
    expect(errorsOf(results)).toEqual(['latin1.txt: not valid UTF-8 text']);
  });

  it('refuses a file over the size limit before reading it, naming the size', async () => {
    const path = join(dir, 'big.txt');
    writeFileSync(path, 'word '.repeat(3000));
    const [r] = await parseArticleFile(path, { maxArticleBytes: 10_000 });
    expect(r?.ok).toBe(false);
    expect(!r?.ok && r?.error.message).toMatch(
      /big\.txt: article is 14\.6 KB \(15000 bytes\), over the 9\.8 KB/,
    );
  });

  it('reports malformed JSON and records without a body', async () => {
    expect(
      errorsOf(
        await parseArticleFile(Buffer.from('{"text": '), { origin: 'x.json', format: 'json' }),
      )[0],
    ).toMatch(/^x\.json: malformed JSON/);
    const arr = await parseArticleFile(Buffer.from('[{"text":"ok"},{"title":"t"}]'), {
      origin: 'arr.json',
    });
    expect(arr[0]?.ok).toBe(true);
    expect(errorsOf(arr)).toEqual(['arr.json[1]: record needs a non-empty "text" or "html" field']);
  });

  it('reads malformed HTML as it is, and cleaning keeps the text of every paragraph', async () => {
    // Unclosed <p> and <b>, stray closing tags, a comment that never ends: what scrapers save.
    const html = [
      '<html><head><title>Geneva talks end</title><body><div class="story">',
      '<p>Foreign ministers met in <b>Geneva on Monday, the UN said.',
      '<p>The talks ended without agreement, officials said.</span></div></div>',
      '<p>The last paragraph closes nothing.',
      '<!-- a comment that never ends <p>Hidden text.',
    ].join('\n');
    const [read] = await parseArticleFile(Buffer.from(html), { origin: 'broken.html' });
    expect(read).toEqual({ ok: true, input: { html, origin: 'broken.html' } });
    expect(read?.ok && cleanArticle(read.input)).toMatchObject({
      title: 'Geneva talks end',
      text: [
        'Foreign ministers met in Geneva on Monday, the UN said.',
        'The talks ended without agreement, officials said.',
        'The last paragraph closes nothing.',
      ].join('\n\n'),
    });
  });

  it('reports an unreadable path as an error result', async () => {
    const [r] = await parseArticleFile(join(dir, 'missing.txt'));
    expect(!r?.ok && r?.error.code).toBe('INVALID_ARTICLE');
  });
});

describe('readNdjsonArticles', () => {
  it('yields each good line and an error naming each bad line, skipping blank lines', async () => {
    const results = await parseArticleFile(join(FIXTURES, 'mixed.ndjson'), {
      origin: 'mixed.ndjson',
    });
    expect(results.map((r) => [r.line, r.ok])).toEqual([
      [1, true],
      [2, false],
      [3, false],
      [5, true],
    ]);
    expect(errorsOf(results)[0]).toMatch(/^mixed\.ndjson:2: malformed JSON on line 2/);
    expect(errorsOf(results)[1]).toBe(
      'mixed.ndjson:3: record needs a non-empty "text" or "html" field',
    );
    const first = results[0];
    expect(first?.ok && first.input).toMatchObject({
      id: 'a1',
      title: 'Markets rise',
      source: 'bbc',
    });
  });

  it('skips an over-long line without holding it and continues', async () => {
    const long = `{"text":"${'x'.repeat(100_000)}"}`;
    const stream = Readable.from([Buffer.from(`${long}\n`), Buffer.from('{"text":"short one"}\n')]);
    const results: ArticleReadResult[] = [];
    for await (const r of readNdjsonArticles(stream, { origin: 'in', maxArticleBytes: 1000 }))
      results.push(r);
    expect(results.map((r) => r.ok)).toEqual([false, true]);
    expect(errorsOf(results)[0]).toMatch(/^in:1: line is longer than/);
  });

  it('handles lines split across chunks and a last line without newline', async () => {
    const stream = Readable.from([Buffer.from('{"text":"a'), Buffer.from('b"}\n{"text":"c"}')]);
    const texts: (string | undefined)[] = [];
    for await (const r of readNdjsonArticles(stream)) if (r.ok) texts.push(r.input.text);
    expect(texts).toEqual(['ab', 'c']);
  });
});
