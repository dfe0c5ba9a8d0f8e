import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import readline from 'node:readline';

/** What the launcher reports on its `NEO4J_READY {...}` line. */
export interface LauncherReady {
  uris: string[];
  httpUris: string[];
  dataDirs: string[];
  startupMs: number;
  pid: number;
}

/** A running `tools/neo4j/run.sh`, started by tests or the jest global setup. */
export interface RunningLauncher {
  ready: LauncherReady;
  child: ChildProcess;
  /** Sends SIGTERM and resolves with the exit code once the JVM is gone. */
  stop(timeoutMs?: number): Promise<number | null>;
  /** The last lines the launcher wrote to stderr, for error messages. */
  stderrTail(): string;
}

export const READY_PREFIX = 'NEO4J_READY ';
export const LAUNCHER_SCRIPT = path.resolve(__dirname, '../../tools/neo4j/run.sh');
const STDERR_TAIL_LINES = 40;
const DEFAULT_STOP_TIMEOUT_MS = 30_000;

/**
 * Starts the launcher and waits for its ready line. The first call may build the launcher
 * (Maven downloads Neo4j), so the default timeout is generous.
 *
 * @example const neo4j = await startLauncher(['--port', '0', '--ephemeral']);
 */
export async function startLauncher(
  args: readonly string[],
  { timeoutMs = 180_000, env = process.env }: { timeoutMs?: number; env?: NodeJS.ProcessEnv } = {},
): Promise<RunningLauncher> {
  const child = spawn('bash', [LAUNCHER_SCRIPT, ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env,
  });
  const tail: string[] = [];
  readline.createInterface({ input: child.stderr! }).on('line', (line) => {
    tail.push(line);
    if (tail.length > STDERR_TAIL_LINES) tail.shift();
  });
  const stderrTail = (): string => tail.join('\n');
  try {
    const ready = await waitForReadyLine(child, timeoutMs, stderrTail);
    return { ready, child, stderrTail, stop: (ms) => stopLauncher(child, ms) };
  } catch (error) {
    await stopLauncher(child, 5_000);
    throw error;
  }
}

function waitForReadyLine(
  child: ChildProcess,
  timeoutMs: number,
  stderrTail: () => string,
): Promise<LauncherReady> {
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    const fail = (why: string): void => {
      clearTimeout(timer);
      reject(new Error(`Neo4j launcher ${why}.\nLast launcher output:\n${stderrTail()}`));
    };
    const timer = setTimeout(
      () => fail(`printed no ${READY_PREFIX.trim()} line within ${timeoutMs} ms`),
      timeoutMs,
    );
    child.once('error', (error) => fail(`could not be spawned (${error.message})`));
    child.once('exit', (code, signal) =>
      fail(`exited before it was ready (code ${code}, signal ${signal})`),
    );
    lines.on('line', (line) => {
      if (!line.startsWith(READY_PREFIX)) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve(JSON.parse(line.slice(READY_PREFIX.length)) as LauncherReady);
    });
  });
}

async function stopLauncher(
  child: ChildProcess,
  timeoutMs = DEFAULT_STOP_TIMEOUT_MS,
): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  try {
    const [code] = await exited;
    return code;
  } finally {
    clearTimeout(timer);
  }
}
