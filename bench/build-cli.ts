import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { logProgress } from './progress-log';

/** How the benchmark runs `newsgraph`: the compiled CLI, or the sources through tsx. */
export interface CliRunner {
  /** Arguments for `node` before the command's own arguments. */
  nodeArgs: string[];
  /** Root of the compiled or source tree (holds `cli/`, `ingest/`, …). */
  root: string;
  kind: 'built' | 'tsx';
}

/**
 * Compile the CLI once, into a private directory under node_modules/.cache rather than dist/:
 * other engineers build and run dist/ in the same checkout, and a benchmark must neither race
 * them nor ship half-written files to them. The private tree sits two levels under a copy of
 * package.json (which the CLI reads for its version) and still resolves node_modules from the
 * repository. When the sources do not compile (work in progress elsewhere) but tsc emitted the
 * CLI anyway, that output is used and the type errors are reported; if nothing usable came out,
 * the sources run through tsx and the table says so.
 */
export function buildCli(repoRoot: string): CliRunner {
  const home = join(repoRoot, 'node_modules', '.cache', 'newsgraph-bench');
  const outDir = join(home, 'dist');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(home, { recursive: true });
  logProgress('building the CLI (tsc) into node_modules/.cache/newsgraph-bench');
  const tsc = spawnSync(
    process.execPath,
    [
      join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'),
      '-p',
      join(repoRoot, 'tsconfig.build.json'),
      '--outDir',
      outDir,
      '--sourceMap',
      'false',
    ],
    { cwd: repoRoot, encoding: 'utf8' },
  );
  const entry = join(outDir, 'cli', 'index.js');
  if (tsc.status !== 0) {
    logProgress(`tsc reported errors (others' work in progress?):\n${tsc.stdout}${tsc.stderr}`);
  }
  if (!existsSync(entry)) {
    logProgress('no compiled CLI; falling back to the sources through tsx');
    return {
      nodeArgs: ['--import', 'tsx', join(repoRoot, 'src', 'cli', 'index.ts')],
      root: join(repoRoot, 'src'),
      kind: 'tsx',
    };
  }
  copyRuntimeAssets(join(repoRoot, 'src'), outDir);
  // The CLI finds package.json, cypher/ and schema/ by walking up from its own files.
  copyFileSync(join(repoRoot, 'package.json'), join(home, 'package.json'));
  for (const folder of ['cypher', 'schema']) {
    rmSync(join(home, folder), { recursive: true, force: true });
    if (existsSync(join(repoRoot, folder)))
      cpSync(join(repoRoot, folder), join(home, folder), { recursive: true });
  }
  return { nodeArgs: [entry], root: outDir, kind: 'built' };
}

/** What scripts/copy-build-assets.mjs does for dist/: data files the code loads beside itself. */
function copyRuntimeAssets(source: string, target: string): void {
  cpSync(source, target, {
    recursive: true,
    filter: (path) => statSync(path).isDirectory() || !path.endsWith('.ts'),
  });
}
