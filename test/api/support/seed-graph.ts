import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDefaultExtractor } from '../../../src/extract';
import type { Extractor } from '../../../src/extract';
import type { ArticleIngestor } from '../../../src/ingest/article-ingestor';
import { createArticleIngestor } from '../../../src/ingest/article-ingestor';
import { createResolver } from '../../../src/resolve/create-resolver';
import type { GraphStore } from '../../../src/store/graph-store';

export const SEED_PATH = join(
  __dirname,
  '../../../../shared/corpus/seed-xi-moscow-victory-day.txt',
);

export const SEED_ARTICLE = {
  id: 'seed-xi-moscow',
  url: 'https://interbellumnews.com/xi-moscow-victory-day',
  title: 'Xi Jinping Backs Russia Against Western ‘Bullying’ at Moscow WWII Event',
  source: 'Inter Bellum News',
  publishedAt: '2025-05-08',
};

export const XI = 'wd:Q15031';
export const PUTIN = 'wd:Q7747';

let extractor: Extractor | undefined;

/** The real extractor, loaded once per test file (it takes a few hundred milliseconds). */
export function sharedExtractor(): Extractor {
  extractor ??= createDefaultExtractor();
  return extractor;
}

/** The product's single-article ingest (real extractor and resolver) over the given store. */
export function createTestIngestor(store: GraphStore): ArticleIngestor {
  const resolver = createResolver({
    lookup: store,
    extractorVersion: 'test-api/1',
    clock: () => new Date('2025-06-01T00:00:00Z'),
  });
  return createArticleIngestor({
    extract: sharedExtractor(),
    resolve: (result) => resolver.resolveArticle(result),
    store,
  });
}

export function seedText(): string {
  return readFileSync(SEED_PATH, 'utf8');
}

/** The seed article's graph, built the way production builds it. */
export async function ingestSeed(ingestor: ArticleIngestor): Promise<void> {
  const result = await ingestor.ingest({ ...SEED_ARTICLE, text: seedText() });
  if (result.status !== 'created') throw new Error(`seed ingest: ${result.status}`);
}
