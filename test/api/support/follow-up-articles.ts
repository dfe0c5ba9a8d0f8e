import type { ArticleIngestor } from '../../../src/ingest/article-ingestor';
import { ingestSeed } from './seed-graph';

/**
 * Two short articles after the seed, from other publishers and in June, so that filters by
 * date and by number of sources, co-occurrence PMI and dashboard buckets have more than one
 * article to tell apart. Small real texts through the real extractor and resolver.
 */

/** Putin and Xi meet again (a second source for MET_WITH), with Narendra Modi, named only here. */
export const BEIJING_TALKS = {
  id: 'follow-up-beijing-talks',
  url: 'https://example.org/beijing-talks',
  title: 'Putin and Xi meet again in Beijing',
  source: 'Second Wire',
  publishedAt: '2025-06-20',
  text:
    'Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Friday. ' +
    'Putin said Russia and China would deepen their partnership. ' +
    'Indian Prime Minister Narendra Modi also attended the talks in Beijing.',
};

/** Ukraine and Germany without Xi, Putin, Russia or China: lowers PMI for Ukraine with Xi. */
export const KYIV_AIR_DEFENCE = {
  id: 'follow-up-kyiv-air-defence',
  url: 'https://example.org/kyiv-air-defence',
  title: 'Zelensky asks Germany for air defence',
  source: 'Third Post',
  publishedAt: '2025-06-25',
  text:
    'Ukrainian President Volodymyr Zelensky said Ukraine would ask Germany for more air defence ' +
    'systems. Zelensky spoke in Kyiv on Monday.',
};

export const MODI = 'wd:Q1058';
export const RUSSIA = 'wd:Q159';
export const CHINA = 'wd:Q148';
export const UKRAINE = 'wd:Q212';
export const MOSCOW = 'wd:Q649';
export const BEIJING = 'wd:Q956';

/** The seed article, then the two follow-ups, each of which must be new. */
export async function ingestSeedAndFollowUps(ingestor: ArticleIngestor): Promise<void> {
  await ingestSeed(ingestor);
  for (const article of [BEIJING_TALKS, KYIV_AIR_DEFENCE]) {
    const result = await ingestor.ingest(article);
    if (result.status !== 'created') throw new Error(`${article.id} ingest: ${result.status}`);
  }
}
