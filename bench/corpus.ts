import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { readSources } from '../src/ingest/read-sources';
import type { ArticleInput } from '../src/model/article-input';

/** Where the benchmark corpus lives; read-only shared data, never copied into the repo. */
export const BBC_NDJSON = '/work/shared/data/bbc/bbc.ndjson';
export const SEED_ARTICLE = '/work/shared/corpus/seed-xi-moscow-victory-day.txt';

/**
 * The seed article and the BBC articles exactly as `newsgraph ingest seed.txt bbc.ndjson` reads
 * them, so in-process figures and CLI figures measure the same inputs.
 */
export async function loadCorpus(paths: readonly string[]): Promise<ArticleInput[]> {
  const articles: ArticleInput[] = [];
  for await (const item of readSources(paths, { format: 'auto' })) {
    if (!item.ok) throw new Error(`benchmark corpus item ${item.origin}: ${item.error.message}`);
    articles.push(item.input);
  }
  return articles;
}

export interface NdjsonRecord {
  id?: string;
  title?: string;
  text?: string;
  [field: string]: unknown;
}

/**
 * Copy `copy` of a record for an input N× larger. The id and the title both change: a new id
 * alone would leave the content hash (title + text) equal, and ingest would skip the copy as
 * duplicate content instead of extracting and writing it. The text stays as it is, so every
 * copy costs what the original costs.
 */
export function recordCopy(record: NdjsonRecord, copy: number): NdjsonRecord {
  if (copy === 0) return record;
  const id = record.id ?? 'article';
  return {
    ...record,
    id: `${id}~copy${copy}`,
    title: `${record.title ?? ''} (copy ${copy})`.trimStart(),
  };
}

/**
 * Write `source` repeated `times` times, copy by copy, to `target`; streamed line by line with
 * back-pressure, so the larger file is never held in memory. Returns the records written.
 */
export async function writeRepeatedNdjson(
  source: string,
  target: string,
  times: number,
): Promise<number> {
  if (!Number.isInteger(times) || times < 1)
    throw new RangeError(`times must be a positive whole number, found ${times}`);
  const out = createWriteStream(target);
  let written = 0;
  for (let copy = 0; copy < times; copy += 1) {
    const lines = createInterface({ input: createReadStream(source), crlfDelay: Infinity });
    for await (const line of lines) {
      if (line.trim() === '') continue;
      const record = JSON.parse(line) as NdjsonRecord;
      if (!out.write(`${JSON.stringify(recordCopy(record, copy))}\n`)) await once(out, 'drain');
      written += 1;
    }
  }
  out.end();
  await once(out, 'finish');
  return written;
}
