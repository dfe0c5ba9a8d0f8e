import { LAUNCHER_HANDLE } from './neo4j-global-setup';
import type { RunningLauncher } from './neo4j-launcher-process';

type GlobalWithLauncher = typeof globalThis & { [LAUNCHER_HANDLE]?: RunningLauncher };

/** Stops the launcher the global setup started (if it started one). */
export default async function neo4jGlobalTeardown(): Promise<void> {
  const holder = globalThis as GlobalWithLauncher;
  const launcher = holder[LAUNCHER_HANDLE];
  if (launcher === undefined) return;
  delete holder[LAUNCHER_HANDLE];
  const code = await launcher.stop();
  if (code !== 0) {
    process.stderr.write(`neo4j: test launcher exited with ${code}\n${launcher.stderrTail()}\n`);
  }
}
