import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { Neo4jGraphStore } from '../../src/store/neo4j';
import { createTestIngestor, ingestSeed } from '../api/support/seed-graph';
import { clearDatabase, connectTestDriver } from '../support/neo4j';

/**
 * The ```cypher blocks of cypher/README.md answer their question on the seed article's graph:
 * EXPLAIN (cypher-explain.neo4j.test.ts) proves they parse, this that the names, keys and
 * properties they use are the ones the product writes.
 */
const examples = [
  ...readFileSync(join(__dirname, '../../cypher/README.md'), 'utf8').matchAll(
    /\n([^\n]+\?|[^\n]+:)\n\n```cypher\n([\s\S]*?)```/g,
  ),
].map((m) => ({ question: (m[1] as string).trim(), text: m[2] as string }));

let driver: Driver;
let store: Neo4jGraphStore;

beforeAll(async () => {
  driver = connectTestDriver();
  await clearDatabase(driver);
  store = new Neo4jGraphStore(driver);
  await store.migrate();
  const ingestor = createTestIngestor(store);
  await ingestSeed(ingestor);
  // A second outlet's report of the same meeting, for the corroboration question.
  const wire = await ingestor.ingest({
    id: 'wire-xi-putin-talks',
    title: 'Xi and Putin hold talks in Moscow',
    source: 'Wire Service',
    publishedAt: '2025-05-08T18:30:00Z',
    text:
      'Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Thursday. ' +
      'The two leaders discussed the Power of Siberia 2 gas pipeline.',
  });
  expect(wire.status).toBe('created');
}, 120_000);

afterAll(async () => {
  await store.close();
  await driver.close();
});

describe('the documented questions in cypher/README.md, on the seed article graph', () => {
  it('are all found', () => {
    const blocks = readFileSync(join(__dirname, '../../cypher/README.md'), 'utf8').match(
      /```cypher/g,
    );
    expect(examples).toHaveLength(blocks?.length ?? 0);
  });

  it.each(examples)('answers "$question" with at least one row', async ({ text }) => {
    const result = await driver.executeQuery(text);
    expect(result.records.length).toBeGreaterThan(0);
  });
});
