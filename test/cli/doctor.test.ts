import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkExtractorData } from '../../src/cli/commands/doctor-checks';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';
import { runNewsgraph } from './spawn-newsgraph';

interface DoctorReport {
  ok: boolean;
  checks: { check: string; status: string; message: string; fix?: string }[];
}

function checkNamed(report: DoctorReport, name: string) {
  const found = report.checks.find((c) => c.check === name);
  if (!found) throw new Error(`doctor did not run the ${name} check`);
  return found;
}

describe('newsgraph doctor', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-doctor-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reports an unreachable Neo4j with exit code 3, naming NEO4J_URI and the address tried', async () => {
    const run = await runNewsgraph(['doctor', '--json'], {
      NEWSGRAPH_STORE: 'neo4j',
      NEO4J_URI: 'bolt://127.0.0.1:1',
    });
    expect(run.code).toBe(3);
    const report = JSON.parse(run.stdout) as DoctorReport;
    expect(report.ok).toBe(false);
    expect(checkNamed(report, 'configuration').status).toBe('ok');
    const store = checkNamed(report, 'store');
    expect(store.status).toBe('fail');
    expect(store.message).toContain('NEO4J_URI');
    expect(store.message).toContain('bolt://127.0.0.1:1');
    expect(store.fix).toContain('npm run neo4j');
    expect(checkNamed(report, 'schema').status).toBe('skipped');
  });

  it('exits 2 with the configuration problem when the configuration is invalid', async () => {
    const run = await runNewsgraph(['doctor', '--json'], { LOG_LEVEL: 'chatty' });
    expect(run.code).toBe(2);
    const config = checkNamed(JSON.parse(run.stdout) as DoctorReport, 'configuration');
    expect(config).toMatchObject({ status: 'fail' });
    expect(config.message).toContain('LOG_LEVEL: must be one of');
  });

  it('passes the store and schema checks on a migrated SQLite database', async () => {
    const path = join(dir, 'graph.db');
    const store = openSqliteStore(path);
    const version = await store.migrate();
    await store.close();

    const run = await runNewsgraph(['doctor', '--json'], { NEWSGRAPH_SQLITE_PATH: path });
    const report = JSON.parse(run.stdout) as DoctorReport;
    expect(checkNamed(report, 'store').status).toBe('ok');
    expect(checkNamed(report, 'schema')).toMatchObject({
      status: 'ok',
      message: `schema version ${version}`,
    });
  });

  it('tells you to migrate a database that never was, and exits 1', async () => {
    const path = join(dir, 'empty.db');
    await openSqliteStore(path).close();

    const run = await runNewsgraph(['doctor'], { NEWSGRAPH_SQLITE_PATH: path });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/FAIL\s+schema\s+the store has never been migrated/);
    expect(run.stdout).toContain('fix: Run `newsgraph migrate`.');
  });

  it('warns about a missing SQLite file without creating it', async () => {
    const path = join(dir, 'absent', 'graph.db');
    const run = await runNewsgraph(['doctor', '--json'], { NEWSGRAPH_SQLITE_PATH: path });
    const store = checkNamed(JSON.parse(run.stdout) as DoctorReport, 'store');
    expect(store.status).toBe('warn');
    expect(store.fix).toContain('newsgraph migrate');
    expect(existsSync(path)).toBe(false);
  });

  it('fails the model-file checks of an install missing its extractor data, saying how to fix it', () => {
    // An install whose build did not copy the data: the gazetteer folder holds only a dotfile,
    // the NER model folder is missing. (The checks take the package root for this; no variable
    // points the CLI elsewhere.)
    mkdirSync(join(dir, 'extract', 'gazetteer', 'data'), { recursive: true });
    writeFileSync(join(dir, 'extract', 'gazetteer', 'data', '.gitkeep'), '');
    const checks = checkExtractorData(dir);
    expect(checks.map((c) => [c.check, c.status])).toEqual([
      ['gazetteer', 'fail'],
      ['ner-model', 'fail'],
    ]);
    expect(checks[1]?.message).toBe(`no data files in ${join(dir, 'extract', 'ner', 'model')}`);
    expect(checks.every((c) => c.fix?.includes('npm run build'))).toBe(true);
    // The checkout itself has both.
    expect(checkExtractorData().map((c) => c.status)).toEqual(['ok', 'ok']);
  });
});
