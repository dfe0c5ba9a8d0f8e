import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Writable } from 'node:stream';

const REPO_ROOT = join(__dirname, '..', '..');
const CLI = join(REPO_ROOT, 'src', 'cli', 'index.ts');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A CLI process still running: what a test needs to act while it works (stop it, read it). */
export interface RunningNewsgraph {
  /** Its exit code and everything it wrote, once it has exited and closed its output. */
  finished: Promise<CliRun>;
  /**
   * The first match of `pattern` (not global) in stderr, as soon as it is written; rejects with
   * the output if the process exits without one.
   */
  stderrMatch(pattern: RegExp): Promise<RegExpExecArray>;
  /** Sends `signal` unless the process has already exited. */
  kill(signal: NodeJS.Signals): void;
  /** The process's stdin: still open only with `keepStdinOpen`. */
  stdin: Writable;
}

export interface NewsgraphOptions {
  /** Written to stdin, which is then closed; without it stdin is closed from the start. */
  stdin?: string;
  /** Write `stdin` but leave it open: a slow producer, fed by the test through `stdin`. */
  keepStdinOpen?: boolean;
}

/**
 * Run the real `newsgraph` binary from source (node + tsx) as a user would, with only the
 * environment given: nothing from the test runner's environment (NEO4J_URI…) leaks in.
 */
export function runNewsgraph(
  args: readonly string[],
  env: Record<string, string> = {},
  options: NewsgraphOptions = {},
): Promise<CliRun> {
  return startNewsgraph(args, env, options).finished;
}

/** `runNewsgraph` for a test that acts while the CLI runs: the same process, not awaited. */
export function startNewsgraph(
  args: readonly string[],
  env: Record<string, string> = {},
  options: NewsgraphOptions = {},
): RunningNewsgraph {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: 'pipe',
  });
  // A CLI that exits without reading its input closes the pipe under us: not the test's concern.
  child.stdin.on('error', () => undefined);
  if (options.keepStdinOpen) child.stdin.write(options.stdin ?? '');
  else child.stdin.end(options.stdin ?? '');
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const finished = new Promise<CliRun>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  return {
    finished,
    stderrMatch: (pattern) =>
      new Promise((resolve, reject) => {
        // Added after the listener above, so it sees each chunk already appended.
        const check = () => {
          const match = pattern.exec(stderr);
          if (!match) return;
          child.stderr.off('data', check);
          resolve(match);
        };
        child.stderr.on('data', check);
        check();
        finished.then(
          (run) =>
            reject(
              new Error(
                `newsgraph exited (code ${run.code}) before stderr matched ${String(pattern)}:\n${run.stdout}${run.stderr}`,
              ),
            ),
          reject,
        );
      }),
    kill: (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    },
    stdin: child.stdin,
  };
}
