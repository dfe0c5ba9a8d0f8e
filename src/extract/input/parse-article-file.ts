import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import { InvalidArticleError } from '../../errors';
import type { ArticleInput } from '../../model/article-input';
import { articleFromRecord } from './article-from-record';
import type { ArticleLimits, ArticleReadResult } from './article-read-result';
import { DEFAULT_MAX_ARTICLE_BYTES } from './article-read-result';
import { decodeArticleBytes, tooLarge } from './decode-article-bytes';
import type { ArticleFormat } from './detect-article-format';
import { formatFromFileName, sniffArticleFormat } from './detect-article-format';
import { readNdjsonArticles } from './read-ndjson-articles';

export interface ParseArticleFileOptions extends ArticleLimits {
  format?: ArticleFormat | 'auto';
  /** Names the item in errors; defaults to the path, or "input" for a buffer. */
  origin?: string;
  /** Largest JSON file (one object or an array of them) read whole. Default 256 MB. */
  maxJsonFileBytes?: number;
}

const DEFAULT_MAX_JSON_FILE_BYTES = 256 * 1024 * 1024;

/**
 * Read the articles in a file (by path) or a buffer: one for text and HTML, one or an array
 * for JSON, one per line for NDJSON. Every failure comes back as an `{ok: false}` result whose
 * error names the item (file, file:line or file[index]); nothing here throws for bad input.
 *
 * Plain text carries no title: the cleaner may detect a headline as its first line (see
 * `cleanArticle`), or a caller passes one in a JSON record.
 */
export async function parseArticleFile(
  source: string | Uint8Array,
  options: ParseArticleFileOptions = {},
): Promise<ArticleReadResult[]> {
  const origin = options.origin ?? (typeof source === 'string' ? source : 'input');
  const maxArticleBytes = options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  try {
    let format = options.format ?? 'auto';
    if (format === 'auto' && typeof source === 'string') {
      format = formatFromFileName(basename(source)) ?? 'auto';
    }
    if (format === 'ndjson') {
      const stream =
        typeof source === 'string'
          ? createReadStream(source)
          : Readable.from([Buffer.from(source)]);
      const results: ArticleReadResult[] = [];
      for await (const r of readNdjsonArticles(stream, { origin, maxArticleBytes }))
        results.push(r);
      return results;
    }
    const limit = format === 'json' || format === 'auto' ? jsonLimit(options) : maxArticleBytes;
    const bytes = typeof source === 'string' ? await readBounded(source, origin, limit) : source;
    if (format === 'auto' && bytes.length > maxArticleBytes && bytes.length <= limit) {
      // Only JSON may exceed the per-article limit; sniff before deciding.
      format = sniffArticleFormat(Buffer.from(bytes.subarray(0, 4096)).toString('utf8'));
      if (format !== 'json' && format !== 'ndjson')
        throw tooLarge(origin, bytes.length, maxArticleBytes);
    }
    const text = decodeArticleBytes(bytes, origin, limit);
    if (format === 'auto') format = sniffArticleFormat(text);
    switch (format) {
      case 'text':
        return [{ ok: true, input: { text: stripBom(text), origin } }];
      case 'html':
        return [{ ok: true, input: { html: text, origin } }];
      case 'json':
        return parseJsonArticles(text, origin, maxArticleBytes);
      case 'ndjson':
        return parseArticleFile(bytes, { ...options, format: 'ndjson', origin });
      default: {
        const unexpected: never = format;
        throw new InvalidArticleError(origin, `unknown format ${String(unexpected)}`);
      }
    }
  } catch (error) {
    if (error instanceof InvalidArticleError) return [{ ok: false, error }];
    throw error;
  }
}

function jsonLimit(options: ParseArticleFileOptions): number {
  return options.maxJsonFileBytes ?? DEFAULT_MAX_JSON_FILE_BYTES;
}

/** Check the size before reading, so a 50 MB text is refused without loading it. */
async function readBounded(path: string, origin: string, limit: number): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new InvalidArticleError(origin, 'not a regular file');
    size = info.size;
  } catch (cause) {
    if (cause instanceof InvalidArticleError) throw cause;
    throw new InvalidArticleError(origin, `cannot read file: ${errorText(cause)}`, { cause });
  }
  if (size > limit) throw tooLarge(origin, size, limit);
  try {
    return await readFile(path);
  } catch (cause) {
    throw new InvalidArticleError(origin, `cannot read file: ${errorText(cause)}`, { cause });
  }
}

function parseJsonArticles(text: string, origin: string, maxBytes: number): ArticleReadResult[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new InvalidArticleError(origin, `malformed JSON: ${errorText(cause)}`, { cause });
  }
  if (!Array.isArray(value))
    return [{ ok: true, input: articleFromRecord(value, origin, maxBytes) }];
  return value.map((record, i): ArticleReadResult => {
    const item = `${origin}[${i}]`;
    try {
      const input: ArticleInput = articleFromRecord(record, item, maxBytes);
      return { ok: true, input };
    } catch (error) {
      if (error instanceof InvalidArticleError) return { ok: false, error };
      throw error;
    }
  });
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
