import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { createDefaultExtractor } from '../src/extract/default-extractor';
import { mapOrdered } from '../src/ingest/map-ordered';
import { extractionHeapLimits } from '../src/ingest/extraction-heap-limits';
import { createWorkerPool } from '../src/ingest/worker-pool';
import type { ArticleInput } from '../src/model/article-input';
import type { ExtractionResult } from '../src/model/extraction';
import type { Figure } from './figure';
import { logProgress } from './progress-log';
import type { Tagger } from './reference-taggers';
import { compromiseTagger, winkTokenCounter, winkTokensAndPos } from './reference-taggers';
import { perSecond, timed } from './stats';

/** The target for end-to-end extraction on one core. */
export const EXTRACTION_TARGET_TOKENS_PER_SECOND = 250_000;
/**
 * Articles run untimed before a system's first timed pass. Our extractor then still spends
 * about a third of its first pass's CPU compiling (V8's optimising compiler on helper threads,
 * and recompiling as new object shapes reach its functions): about 10 s of CPU, once per
 * process or worker. So its rates are read on a second pass, as over the thousands of
 * articles of a real ingest, and the first pass is reported beside them.
 */
const WARM_UP_ARTICLES = 40;

export interface ExtractionBenchOptions {
  articles: readonly ArticleInput[];
  /** Directory of the built or source `ingest/extract-worker` module (without extension). */
  workerScript: string;
}

/**
 * Extraction speed four ways on the same texts: our extractor in this process (one core), our
 * extractor on a worker pool with a thread per core (as `newsgraph ingest` runs it), and
 * wink-nlp tokenisation + POS alone and compromise alone as reference ratios.
 */
export async function benchExtraction(options: ExtractionBenchOptions): Promise<Figure[]> {
  const { articles } = options;
  const texts = articles.map((a) => a.text ?? a.html ?? '');
  logProgress(`extraction: counting wink-nlp tokens of ${articles.length} articles`);
  const countTokens = winkTokenCounter();
  const tokens = texts.reduce((sum, text) => sum + countTokens(text), 0);
  const sample = `${articles.length} articles, ${tokens.toLocaleString('en-GB')} tokens`;

  logProgress('extraction: end to end, one worker (in process), two passes');
  const extract = createDefaultExtractor();
  const one = await timeTwoPasses(articles, (article) => {
    try {
      extract(article);
    } catch {
      // An article with nothing left after cleaning is rejected; that work still counts.
    }
  });
  const oneMs = one.secondMs;

  const workers = availableParallelism();
  logProgress(`extraction: end to end, ${workers} worker threads, two passes`);
  const poolMs = (await timePool(articles, options.workerScript, workers)).secondMs;

  logProgress('extraction: wink-nlp tokenisation + POS alone, two passes');
  const winkMs = (await timeTwoPasses(texts, asVoid(winkTokensAndPos()))).secondMs;
  logProgress('extraction: compromise alone');
  const compromiseMs = await timeEach(texts, asVoid(compromiseTagger()));

  const oneCore = perSecond(tokens, oneMs);
  return [
    {
      section: 'extraction',
      name: 'end to end (cleaning included), 1 worker',
      value: oneCore,
      unit: 'tokens/s',
      target: { atLeast: EXTRACTION_TARGET_TOKENS_PER_SECOND },
      note: `${sample}; second pass`,
    },
    rate('end to end, 1 worker', articles.length, oneMs, 'articles/s', 'second pass'),
    rate(
      'end to end, 1 worker, first pass',
      tokens,
      one.firstMs,
      'tokens/s',
      'JIT still compiling: once per process',
    ),
    rate(`end to end, ${workers} workers`, tokens, poolMs, 'tokens/s', 'worker_threads pool'),
    rate(`end to end, ${workers} workers`, articles.length, poolMs, 'articles/s'),
    rate('wink-nlp tokenisation + POS alone', tokens, winkMs, 'tokens/s', 'reference'),
    rate('compromise alone', tokens, compromiseMs, 'tokens/s', 'reference'),
    ratio('1 worker vs wink-nlp alone', oneMs, winkMs),
    ratio('1 worker vs compromise', oneMs, compromiseMs),
    ratio(`${workers} workers vs 1 worker`, poolMs, oneMs),
  ];
}

function rate(name: string, units: number, ms: number, unit: string, note?: string): Figure {
  return {
    section: 'extraction',
    name,
    value: perSecond(units, ms),
    unit,
    ...(note ? { note } : {}),
  };
}

/** Speed of `a` relative to `b` (>1 means a is faster), from their times on the same texts. */
function ratio(name: string, aMs: number, bMs: number): Figure {
  return { section: 'extraction', name: `speed ratio ${name}`, value: bMs / aMs, unit: '×' };
}

function asVoid(tagger: Tagger): (text: string) => void {
  let sink = 0;
  return (text) => {
    sink += tagger(text);
    if (sink < 0) throw new Error('unreachable: keeps the result alive');
  };
}

/** Warm up, then time one pass over every item, synchronously, in this thread. */
async function timeEach<T>(items: readonly T[], run: (item: T) => void): Promise<number> {
  for (const item of items.slice(0, WARM_UP_ARTICLES)) run(item);
  return timePass(items, run);
}

/** Warm up, then time two passes over every item, in this thread: the first and the second. */
async function timeTwoPasses<T>(
  items: readonly T[],
  run: (item: T) => void,
): Promise<{ firstMs: number; secondMs: number }> {
  const firstMs = await timeEach(items, run);
  return { firstMs, secondMs: await timePass(items, run) };
}

async function timePass<T>(items: readonly T[], run: (item: T) => void): Promise<number> {
  const { ms } = await timed(() => {
    for (const item of items) run(item);
  });
  return ms;
}

/**
 * Time the worker pool the way ingest drives it: results in input order, a bounded number in
 * flight (two per worker). Worker start-up and model loading happen before the clock starts;
 * the first and the second pass are timed.
 */
async function timePool(
  articles: readonly ArticleInput[],
  workerScript: string,
  workers: number,
): Promise<{ firstMs: number; secondMs: number }> {
  // The worker settings `newsgraph ingest` uses by default.
  const pool = createWorkerPool<ArticleInput, ExtractionResult>(workerScript, workers, {
    heapLimits: extractionHeapLimits(),
  });
  try {
    const runAll = async (items: readonly ArticleInput[]) => {
      // A failed article is a result too (the same error the in-process run records).
      for await (const _outcome of mapOrdered(items, (a) => pool.run(a), workers * 2));
    };
    await runAll(articles.slice(0, WARM_UP_ARTICLES * workers));
    const firstMs = (await timed(() => runAll(articles))).ms;
    return { firstMs, secondMs: (await timed(() => runAll(articles))).ms };
  } finally {
    await pool.close();
  }
}

export function extractWorkerScript(root: string): string {
  return join(root, 'ingest', 'extract-worker');
}
