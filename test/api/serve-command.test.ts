import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const REPO_ROOT = join(__dirname, '..', '..');
const CLI = join(REPO_ROOT, 'src', 'cli', 'index.ts');

describe('newsgraph serve', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-serve-'));
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves GraphQL on the configured port, then drains and exits 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'serve', '--port', '0'], {
      cwd: REPO_ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        LOG_LEVEL: 'warn',
        NEWSGRAPH_SQLITE_PATH: join(dir, 'graph.db'),
        NEWSGRAPH_API_KEYS: 'serve-test-key:write',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString('utf8');
        const match = /serving GraphQL at (\S+)/.exec(stderr);
        if (match?.[1]) resolve(match[1]);
      });
      void exited.then(() => reject(new Error(`serve exited early:\n${stderr}`)));
    });

    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { articles } }' }),
    });
    expect(await response.json()).toEqual({ data: { stats: { articles: 0 } } });
    expect((await fetch(url.replace('/graphql', '/readyz'))).status).toBe(200);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).not.toContain('serve-test-key');
  });
});
