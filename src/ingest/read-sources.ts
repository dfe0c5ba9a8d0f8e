import { createReadStream } from 'node:fs';
import { relative } from 'node:path';
import { addAbortSignal, Readable } from 'node:stream';
import { InvalidArticleError } from '../errors';
import type { ArticleFormat, ArticleReadResult } from '../extract/input';
import { DEFAULT_MAX_ARTICLE_BYTES, parseArticleFile, readNdjsonArticles } from '../extract/input';
import { tooLarge } from '../extract/input/decode-article-bytes';
import { expandArgument, type InputFile } from './expand-inputs';
import type { SourceItem } from './ingest-articles';
import { trackLineEnds } from './track-line-ends';

/** Largest JSON document read from stdin, as for a JSON file (parseArticleFile's default). */
const MAX_JSON_STDIN_BYTES = 256 * 1024 * 1024;

export interface ReadSourcesOptions {
  format: ArticleFormat | 'auto';
  maxArticleBytes?: number;
  /** What `-` reads: NDJSON by default, or one article of the given format. */
  stdin?: Readable;
  /**
   * Aborting closes the stream being read, so a read waiting on it (an idle stdin) ends and
   * the process can exit.
   */
  signal?: AbortSignal;
}

/** One command-line argument, expanded: stdin, the files it names, or nothing found. */
export type PlannedInput =
  { kind: 'stdin' } | { kind: 'files'; files: InputFile[] } | { kind: 'missing'; arg: string };

/** The command line's inputs, expanded before any is read, and their total size if known. */
export interface SourcePlan {
  inputs: PlannedInput[];
  /** Bytes in all inputs together, when every input is a regular file (no `-`, no pipe). */
  totalBytes?: number;
}

/**
 * Expand every argument (files, directories, globs, `-`) before reading, so the total size is
 * known up front whenever only regular files are named.
 */
export async function planSources(args: readonly string[]): Promise<SourcePlan> {
  const inputs: PlannedInput[] = [];
  for (const arg of args) {
    if (arg === '-') {
      inputs.push({ kind: 'stdin' });
      continue;
    }
    const files = await expandArgument(arg);
    inputs.push(files.length > 0 ? { kind: 'files', files } : { kind: 'missing', arg });
  }
  let totalBytes: number | undefined = 0;
  for (const input of inputs) {
    if (input.kind === 'stdin') totalBytes = undefined;
    else if (input.kind === 'files')
      for (const file of input.files)
        totalBytes = file.size === undefined ? undefined : (totalBytes ?? 0) + file.size;
    if (totalBytes === undefined) break;
  }
  return { inputs, ...(totalBytes === undefined ? {} : { totalBytes }) };
}

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
  yield* readPlannedSources(await planSources(args), options);
}

/**
 * The items of a plan, in order. Items of regular files carry `bytesRead`: the bytes of the
 * files before theirs plus how far into their own file reading has got.
 */
export async function* readPlannedSources(
  plan: SourcePlan,
  options: ReadSourcesOptions,
): AsyncGenerator<SourceItem> {
  let bytesBefore = 0;
  for (const input of plan.inputs) {
    switch (input.kind) {
      case 'stdin':
        yield* readStream(options.stdin ?? process.stdin, 'stdin', options);
        break;
      case 'missing':
        yield {
          ok: false,
          origin: input.arg,
          error: new InvalidArticleError(
            input.arg,
            'no such file, directory or matching path; check the path',
          ),
          bytesRead: bytesBefore,
        };
        break;
      case 'files':
        for (const file of input.files) {
          yield* readFile(file, bytesBefore, options);
          bytesBefore += file.size ?? 0;
        }
        break;
      default: {
        const unexpected: never = input;
        throw new Error(`unknown planned input ${JSON.stringify(unexpected)}`);
      }
    }
  }
}

async function* readFile(
  file: InputFile,
  bytesBefore: number,
  options: ReadSourcesOptions,
): AsyncGenerator<SourceItem> {
  const origin = relative(process.cwd(), file.path) || file.path;
  const ndjson =
    options.format === 'ndjson' ||
    (options.format === 'auto' && /\.(ndjson|jsonl)$/i.test(file.path));
  if (ndjson) {
    yield* readNdjsonFile(file, origin, bytesBefore, options);
    return;
  }
  const results = await parseArticleFile(file.path, {
    format: options.format,
    origin,
    ...(options.maxArticleBytes ? { maxArticleBytes: options.maxArticleBytes } : {}),
  });
  // A JSON array's records share the file's bytes evenly: good enough for a progress bar.
  const size = file.size ?? 0;
  for (const [i, r] of results.entries()) {
    const bytesRead = bytesBefore + Math.round((size * (i + 1)) / results.length);
    yield { ...toSourceItem(r, origin), bytesRead };
  }
}

async function* readNdjsonFile(
  file: InputFile,
  origin: string,
  bytesBefore: number,
  options: ReadSourcesOptions,
): AsyncGenerator<SourceItem> {
  const stream = createReadStream(file.path);
  if (options.signal) addAbortSignal(options.signal, stream);
  const lines = trackLineEnds(stream);
  const limits = options.maxArticleBytes ? { maxArticleBytes: options.maxArticleBytes } : {};
  // A file grown since it was measured must not take progress past its end.
  const size = file.size ?? Infinity;
  let line = 0;
  try {
    for await (const r of readNdjsonArticles(Readable.from(lines.chunks), { origin, ...limits })) {
      line = r.line ?? line;
      const bytesRead = bytesBefore + Math.min(lines.endOfLine(r.line ?? Infinity), size);
      yield { ...toSourceItem(r, origin), bytesRead };
    }
  } catch (cause) {
    // The abort closed the stream: the caller is stopping, not failing.
    if (options.signal?.aborted) throw cause;
    // Gone since it was listed, or unreadable: one failed item, and the other inputs go on.
    const after = line > 0 ? ` after line ${line}` : '';
    const reason = messageOf(cause);
    yield {
      ok: false,
      origin,
      error: new InvalidArticleError(origin, `cannot read file${after}: ${reason}`, { cause }),
      bytesRead: bytesBefore + (file.size ?? 0),
    };
  }
}

async function* readStream(
  stream: Readable,
  origin: string,
  options: ReadSourcesOptions,
): AsyncGenerator<SourceItem> {
  if (options.signal) addAbortSignal(options.signal, stream);
  if (options.format !== 'auto' && options.format !== 'ndjson') {
    // One article (or one JSON document): held whole, so only up to the limit a file has.
    const maxArticleBytes = options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
    const limit = options.format === 'json' ? MAX_JSON_STDIN_BYTES : maxArticleBytes;
    const { bytes, size } = await readUpTo(stream, limit);
    if (bytes === undefined) {
      yield { ok: false, origin, error: tooLarge(origin, size, limit) };
      return;
    }
    const results = await parseArticleFile(bytes, {
      format: options.format,
      origin,
      maxArticleBytes,
      maxJsonFileBytes: MAX_JSON_STDIN_BYTES,
    });
    for (const r of results) yield toSourceItem(r, origin);
    return;
  }
  const limits = options.maxArticleBytes ? { maxArticleBytes: options.maxArticleBytes } : {};
  for await (const r of readNdjsonArticles(stream, { origin, ...limits }))
    yield toSourceItem(r, origin);
}

/**
 * The stream's bytes if there are at most `limit` of them; past it, the rest is read and
 * counted but not kept, so the producer is not cut off and memory stays bounded.
 */
async function readUpTo(
  stream: Readable,
  limit: number,
): Promise<{ bytes?: Buffer; size: number }> {
  let chunks: Buffer[] | undefined = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Uint8Array | string>) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    size += buf.length;
    if (size > limit) chunks = undefined;
    else chunks?.push(buf);
  }
  return chunks === undefined ? { size } : { bytes: Buffer.concat(chunks), size };
}

/** An error's message; not `instanceof Error`, which fails for errors from another realm. */
function messageOf(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
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
