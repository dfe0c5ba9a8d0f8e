import type { OpenStore } from '../api-contract';
import { ingestSeedAndFollowUps } from './follow-up-articles';
import { createTestIngestor } from './seed-graph';
import type { TestApi } from './test-api';
import { startTestApi } from './test-api';

/**
 * A fresh store holding the seed and its two follow-up articles, behind the real API server, for
 * the enclosing describe (opened in its beforeAll, closed in its afterAll). Suites that write get
 * a graph of their own this way; read the server through the getter.
 */
export function useFollowUpGraphApi(openStore: OpenStore): () => TestApi {
  let api: TestApi | undefined;
  let cleanup: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    const opened = await openStore();
    cleanup = opened.cleanup;
    const ingestor = createTestIngestor(opened.store);
    await ingestSeedAndFollowUps(ingestor);
    api = await startTestApi(opened.store, ingestor);
  });

  afterAll(async () => {
    await api?.close();
    await cleanup?.();
  });

  return () => {
    if (!api) throw new Error('the API is not started: call useFollowUpGraphApi inside describe');
    return api;
  };
}
