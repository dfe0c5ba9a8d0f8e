import type { Readable } from 'node:stream';
import { InvalidArticleError } from '../../errors';
import { articleFromRecord } from './article-from-record';
import type { ArticleLimits, ArticleReadResult } from './article-read-result';
import { DEFAULT_MAX_ARTICLE_BYTES } from './article-read-result';
import { decodeArticleBytes, formatBytes } from './decode-article-bytes';

export interface NdjsonReadOptions extends ArticleLimits {
  /** Names the stream in errors: "articles.ndjson" gives items "articles.ndjson:17". */
  origin?: string;
}

/** JSON escaping can double a body's size; the line cap leaves room for that and the fields. */
const LINE_OVERHEAD_FACTOR = 2;

/**
 * Read one JSON article per line from a stream, yielding each article or the error that names
 * its line. A bad line never stops the stream; an over-long line is skipped without being held
 * in memory, so memory stays bounded by the line limit whatever the input.
 *
 * @example
 * for await (const r of readNdjsonArticles(process.stdin, { origin: 'stdin' })) {
 *   if (r.ok) handle(r.input); else report(r.error);
 * }
 */
export async function* readNdjsonArticles(
  stream: Readable,
  options: NdjsonReadOptions = {},
): AsyncGenerator<ArticleReadResult> {
  const origin = options.origin ?? 'stdin';
  const maxArticleBytes = options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  const maxLineBytes = maxArticleBytes * LINE_OVERHEAD_FACTOR + 64 * 1024;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let overflow = false;
  let line = 0;

  function finishLine(): ArticleReadResult | undefined {
    line += 1;
    const item = `${origin}:${line}`;
    const wasOverflow = overflow;
    const bytes = pending.length === 1 ? (pending[0] as Buffer) : Buffer.concat(pending);
    const size = pendingBytes;
    pending = [];
    pendingBytes = 0;
    overflow = false;
    if (wasOverflow) {
      const message = `line is longer than ${formatBytes(maxLineBytes)} (${formatBytes(size)} read)`;
      return { ok: false, line, error: new InvalidArticleError(item, message) };
    }
    if (isBlank(bytes)) return undefined;
    return parseLine(bytes, item, line, maxArticleBytes, maxLineBytes);
  }

  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    let buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let nl = buf.indexOf(10);
    while (nl >= 0) {
      append(buf.subarray(0, nl));
      const result = finishLine();
      if (result) yield result;
      buf = buf.subarray(nl + 1);
      nl = buf.indexOf(10);
    }
    append(buf);
  }
  if (pendingBytes > 0 || overflow) {
    const result = finishLine();
    if (result) yield result;
  }

  function append(part: Buffer): void {
    if (part.length === 0) return;
    pendingBytes += part.length;
    if (overflow) return;
    if (pendingBytes > maxLineBytes) {
      overflow = true;
      pending = [];
      return;
    }
    // Copy: the stream may reuse its chunk buffers.
    pending.push(Buffer.from(part));
  }
}

function parseLine(
  bytes: Buffer,
  item: string,
  line: number,
  maxArticleBytes: number,
  maxLineBytes: number,
): ArticleReadResult {
  try {
    const text = decodeArticleBytes(bytes, item, maxLineBytes);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause);
      throw new InvalidArticleError(item, `malformed JSON on line ${line}: ${reason}`, { cause });
    }
    return { ok: true, line, input: articleFromRecord(value, item, maxArticleBytes) };
  } catch (error) {
    if (error instanceof InvalidArticleError) return { ok: false, line, error };
    throw error;
  }
}

function isBlank(bytes: Buffer): boolean {
  for (const b of bytes) if (b !== 32 && b !== 9 && b !== 13) return false;
  return true;
}
