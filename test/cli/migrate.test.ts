import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runNewsgraph } from './spawn-newsgraph';

describe('newsgraph migrate', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-migrate-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates and migrates a new SQLite database, then finds nothing left to do', async () => {
    const env = { NEWSGRAPH_SQLITE_PATH: join(dir, 'nested', 'graph.db') };
    const first = await runNewsgraph(['migrate', '--json'], env);
    expect(first.code).toBe(0);
    const applied = JSON.parse(first.stdout) as { store: string; from: number | null; to: number };
    expect(applied.store).toBe('sqlite');
    expect(applied.from).toBeNull();
    expect(applied.to).toBeGreaterThanOrEqual(1);
    expect(existsSync(env.NEWSGRAPH_SQLITE_PATH)).toBe(true);

    const second = await runNewsgraph(['migrate'], env);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain(`schema already at version ${applied.to}; nothing to do`);
  });

  it('exits 3 naming NEO4J_URI when Neo4j cannot be reached', async () => {
    const run = await runNewsgraph(['migrate'], {
      NEWSGRAPH_STORE: 'neo4j',
      NEO4J_URI: 'bolt://127.0.0.1:1',
    });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/Neo4j at bolt:\/\/127\.0\.0\.1:1\b/);
    expect(run.stderr).toContain('NEO4J_URI');
    expect(run.stderr).toContain('npm run neo4j');
  });
});
