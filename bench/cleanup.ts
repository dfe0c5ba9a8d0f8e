import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';

/**
 * Everything the benchmark leaves behind — temp directories and child processes (Neo4j, the
 * CLI, the API server) — registered as it is created and removed on every way out: normal end,
 * an exception, Ctrl-C or SIGTERM. Children are killed by their own pid, never by name.
 */
export class Cleanup {
  private readonly directories = new Set<string>();
  private readonly children = new Map<ChildProcess, { graceful: boolean }>();
  private readonly closers: (() => Promise<void>)[] = [];
  private done = false;

  directory(path: string): string {
    this.directories.add(path);
    return path;
  }

  /**
   * @param graceful stop it with SIGTERM even when aborting (Neo4j: a clean shutdown removes its
   *   ephemeral data). Others get SIGKILL on abort: an interrupted `newsgraph ingest` would
   *   otherwise finish its batch and retry against a Neo4j that is already stopping.
   */
  child(child: ChildProcess, options: { graceful?: boolean } = {}): ChildProcess {
    this.children.set(child, { graceful: options.graceful ?? false });
    child.once('exit', () => this.children.delete(child));
    return child;
  }

  closer(close: () => Promise<void>): void {
    this.closers.push(close);
  }

  async run(): Promise<void> {
    if (this.done) return;
    this.done = true;
    for (const close of this.closers.reverse()) await close().catch(() => undefined);
    this.killChildren(false);
    for (const dir of this.directories) rmSync(dir, { recursive: true, force: true });
  }

  /** Synchronous last resort for signal handlers: kill children, remove directories. */
  runNow(): void {
    this.done = true;
    this.killChildren(true);
    for (const dir of this.directories) rmSync(dir, { recursive: true, force: true });
  }

  private killChildren(aborting: boolean): void {
    for (const [child, { graceful }] of this.children) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      child.kill(aborting && !graceful ? 'SIGKILL' : 'SIGTERM');
    }
  }

  /** On Ctrl-C or SIGTERM: clean up, then exit with the conventional status. */
  installSignalHandlers(): void {
    const onSignal = (signal: NodeJS.Signals) => {
      process.stderr.write(`\n[bench] ${signal}: stopping children and removing temp files\n`);
      this.runNow();
      process.exit(signal === 'SIGINT' ? 130 : 143);
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }
}
