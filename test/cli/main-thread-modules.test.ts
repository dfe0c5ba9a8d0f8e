import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const REPO_ROOT = join(__dirname, '..', '..');
const CLI = join(REPO_ROOT, 'src', 'cli', 'index.ts');
const REPORTER = join(REPO_ROOT, 'test', 'fixtures', 'cli', 'report-main-thread-modules.mjs');

/** Runs the CLI from sources and returns the modules its main thread loaded. */
async function mainThreadModules(args: readonly string[], dir: string): Promise<string[]> {
  const report = join(dir, 'modules.txt');
  const child = spawn(
    process.execPath,
    ['--import', pathToFileURL(REPORTER).href, '--import', 'tsx', CLI, ...args],
    {
      cwd: REPO_ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        LOG_LEVEL: 'warn',
        NEWSGRAPH_SQLITE_PATH: join(dir, 'graph.db'),
        REPORT_MODULES_FILE: report,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`newsgraph ${args.join(' ')} exited ${code}: ${stderr}`);
  return readFileSync(report, 'utf8').split('\n');
}

const loadsNlpModel = (modules: string[]) =>
  modules.some((m) => m.includes(`${join('node_modules', 'wink-eng-lite-web-model')}`));

describe('the newsgraph main thread', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-main-modules-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  // Every MB the main thread keeps live is paid again in GC headroom for the whole ingest.
  it('leaves the NLP model to the extraction workers when ingesting with workers', async () => {
    const modules = await mainThreadModules(['ingest', 'samples/', '--concurrency', '2'], dir);
    expect(modules.some((m) => m.includes(join('src', 'ingest', 'ingest-articles')))).toBe(true);
    expect(loadsNlpModel(modules)).toBe(false);
  });

  it('loads the NLP model itself when ingesting without workers', async () => {
    const modules = await mainThreadModules(['ingest', 'samples/', '--concurrency', '1'], dir);
    expect(loadsNlpModel(modules)).toBe(true);
  });
});
