import type { Driver } from 'neo4j-driver';
import { connectNeo4j } from '../../src/store/neo4j';
import { seedArticleGraph } from '../fixtures/graphs/seed-article';
import { clearDatabase, connectTestDriver, neo4jTestUri } from '../support/neo4j';
import { runNewsgraph } from './spawn-newsgraph';

describe('newsgraph migrate, doctor and stats on a real Neo4j', () => {
  const uri = neo4jTestUri();
  const password = process.env.NEO4J_PASSWORD;
  const env: Record<string, string> = {
    NEWSGRAPH_STORE: 'neo4j',
    NEO4J_URI: uri,
    ...(password
      ? { NEO4J_PASSWORD: password, NEO4J_USER: process.env.NEO4J_USER ?? 'neo4j' }
      : {}),
  };
  let driver: Driver;

  beforeAll(async () => {
    driver = connectTestDriver(uri);
    await clearDatabase(driver);
  });
  afterAll(() => driver.close());

  it('migrates an empty database, after which doctor finds store and schema healthy', async () => {
    const migrate = await runNewsgraph(['migrate', '--json'], env);
    expect(migrate.code).toBe(0);
    const { from, to } = JSON.parse(migrate.stdout) as { from: number | null; to: number };
    expect(from).toBeNull();
    expect(to).toBeGreaterThanOrEqual(1);

    const doctor = await runNewsgraph(['doctor', '--json'], env);
    const checks = (
      JSON.parse(doctor.stdout) as { checks: { check: string; status: string; message: string }[] }
    ).checks;
    expect(checks.find((c) => c.check === 'store')?.status).toBe('ok');
    expect(checks.find((c) => c.check === 'schema')).toMatchObject({
      status: 'ok',
      message: `schema version ${to}`,
    });
  });

  it('reports through stats --json exactly the counts the store holds', async () => {
    const store = await connectNeo4j({
      uri,
      user: env.NEO4J_USER ?? 'neo4j',
      password,
      database: 'neo4j',
    });
    try {
      await store.migrate();
      await store.upsertArticle(seedArticleGraph());
      const expected = await store.stats();
      const run = await runNewsgraph(['stats', '--json'], env);
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ store: 'neo4j', ...expected });
      expect(expected.articles).toBe(1);
    } finally {
      await store.close();
    }
  });
});
