import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const REPO_ROOT = join(__dirname, '..', '..');

describe('newsgraph writing to a reader that stops early', () => {
  it('stops quietly with status 0 when stdout closes (extract --ndjson | head -c 1)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-epipe-'));
    try {
      const input = join(dir, 'articles.ndjson');
      const line = (i: number) =>
        JSON.stringify({ id: `a${i}`, text: `Tony Blair met Gordon Brown in London on day ${i}.` });
      writeFileSync(input, Array.from({ length: 40 }, (_, i) => line(i)).join('\n'));
      // head exits after one byte; every later write of the CLI meets a closed pipe.
      const script = `node --import tsx src/cli/index.ts extract --ndjson < "${input}" | head -c 1 > /dev/null; echo "status:\${PIPESTATUS[0]}" >&2`;
      const run = spawnSync('bash', ['-c', script], {
        cwd: REPO_ROOT,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn' },
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(run.stderr).toContain('status:0');
      expect(run.stderr).not.toMatch(/EPIPE|Unhandled|at .*\(node:/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
});
