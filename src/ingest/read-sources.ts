import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { InvalidArticleError } from '../errors';
import type { ArticleFormat, ArticleReadResult } from '../extract/input';
import { parseArticleFile, readNdjsonArticles } from '../extract/input';
import type { SourceItem } from './ingest-articles';

export interface ReadSourcesOptions {
  format: ArticleFormat | 'auto';
  maxArticleBytes?: number;
  /** What `-` reads: NDJSON by default, or one article of the given format. */
  stdin?: Readable;
}

const ARTICLE_EXTENSIONS = ['.txt', '.text', '.html', '.htm', '.json', '.ndjson', '.jsonl'];

/**
 * Every article named by the command line, as a stream: files, directories (recursively, article
 * extensions only, in sorted order so runs are reproducible), globs (`*`, `?`, `**`) and `-` for
 * stdin. NDJSON is streamed line by line, so a 2 GB file never sits in memory; a path that does
 * not exist becomes a failed item, not a crash.
 */
export async function* readSources(
  args: readonly string[],
  options: ReadSourcesOptions,
): AsyncGenerator<SourceItem> {
  for (const arg of args) {
    if (arg === '-') {
      yield* readStream(options.stdin ?? process.stdin, 'stdin', options);
      continue;
    }
    const files = await expandArgument(arg);
    if (files.length === 0) {
      yield {
        ok: false,
        origin: arg,
        error: new InvalidArticleError(
          arg,
          'no such file, directory or matching path; check the path',
        ),
      };
      continue;
    }
    for (const file of files) yield* readFile(file, options);
  }
}

async function* readFile(file: string, options: ReadSourcesOptions): AsyncGenerator<SourceItem> {
  const origin = relative(process.cwd(), file) || file;
  const ndjson =
    options.format === 'ndjson' || (options.format === 'auto' && /\.(ndjson|jsonl)$/i.test(file));
  if (ndjson) {
    yield* readStream(createReadStream(file), origin, { ...options, format: 'ndjson' });
    return;
  }
  const results = await parseArticleFile(file, {
    format: options.format,
    origin,
    ...(options.maxArticleBytes ? { maxArticleBytes: options.maxArticleBytes } : {}),
  });
  for (const r of results) yield toSourceItem(r, origin);
}

async function* readStream(
  stream: Readable,
  origin: string,
  options: ReadSourcesOptions,
): AsyncGenerator<SourceItem> {
  if (options.format !== 'auto' && options.format !== 'ndjson') {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
    const results = await parseArticleFile(Buffer.concat(chunks), {
      format: options.format,
      origin,
    });
    for (const r of results) yield toSourceItem(r, origin);
    return;
  }
  const limits = options.maxArticleBytes ? { maxArticleBytes: options.maxArticleBytes } : {};
  for await (const r of readNdjsonArticles(stream, { origin, ...limits }))
    yield toSourceItem(r, origin);
}

function toSourceItem(result: ArticleReadResult, origin: string): SourceItem {
  const where = result.line === undefined ? origin : `${origin}:${result.line}`;
  if (!result.ok) return { ok: false, origin: where, error: result.error };
  return {
    ok: true,
    origin: where,
    input: { ...result.input, origin: result.input.origin ?? where },
  };
}

async function expandArgument(arg: string): Promise<string[]> {
  if (/[*?[]/.test(arg)) return expandGlob(arg);
  const info = await stat(arg).catch(() => null);
  if (!info) return [];
  if (info.isDirectory()) return (await walk(resolve(arg))).filter(hasArticleExtension);
  return [resolve(arg)];
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

async function expandGlob(pattern: string): Promise<string[]> {
  const absolute = resolve(pattern);
  const firstWild = absolute.search(/[*?[]/);
  const base = absolute.slice(0, absolute.lastIndexOf(sep, firstWild) + 1) || sep;
  const matcher = globToRegExp(absolute);
  const info = await stat(base).catch(() => null);
  if (!info?.isDirectory()) return [];
  return (await walk(base)).filter((file) => matcher.test(file));
}

/** `**` spans directories, `*` and `?` do not; `[abc]` classes pass through. */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i += 1) {
    const ch = glob[i] as string;
    if (ch === '*' && glob[i + 1] === '*') {
      out += '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (ch === '*') out += '[^/]*';
    else if (ch === '?') out += '[^/]';
    else if (ch === '[') {
      const close = glob.indexOf(']', i);
      if (close < 0) out += '\\[';
      else {
        out += glob.slice(i, close + 1);
        i = close;
      }
    } else out += ch.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

function hasArticleExtension(file: string): boolean {
  const lower = file.toLowerCase();
  return ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}
