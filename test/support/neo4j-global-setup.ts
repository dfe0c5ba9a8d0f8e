import type { GlobalConfig } from 'jest';
import { startLauncher, type RunningLauncher } from './neo4j-launcher-process';

/** Where the global teardown finds the launcher; jest runs both hooks in its main process. */
export const LAUNCHER_HANDLE = Symbol.for('newsgraph.neo4jTestLauncher');

type GlobalWithLauncher = typeof globalThis & { [LAUNCHER_HANDLE]?: RunningLauncher };

/**
 * Gives the *.neo4j.test.ts suites a Neo4j: the one at NEO4J_URI (shared), or one launcher
 * instance per jest worker, whose Bolt URIs reach the workers as NEO4J_TEST_URIS.
 * The test sequencer has already decided whether any such suite runs (NEWSGRAPH_NEO4J_SUITES).
 */
export default async function neo4jGlobalSetup(globalConfig: GlobalConfig): Promise<void> {
  const suites = Number(process.env.NEWSGRAPH_NEO4J_SUITES ?? '0');
  if (suites === 0) return;

  const sharedUri = process.env.NEO4J_URI;
  if (sharedUri) {
    if (suites > 1 && globalConfig.maxWorkers > 1) {
      process.stderr.write(
        `\nneo4j: every worker shares NEO4J_URI=${sharedUri}; run with --runInBand so ` +
          'suites do not clear each other’s data.\n',
      );
    }
    process.env.NEO4J_TEST_URIS = sharedUri;
    return;
  }

  // One instance per worker id, because any worker may pick up a Neo4j suite; a single suite
  // runs in one worker only, so one instance serves it whichever worker that is.
  const instances = suites === 1 ? 1 : Math.max(1, globalConfig.maxWorkers);
  const args = ['--port', '0', '--instances', String(instances), '--ephemeral'];
  let launcher: RunningLauncher;
  try {
    launcher = await startLauncher([...args, '--exit-on-stdin-close'], {
      env: { NEO4J_LAUNCHER_HEAP: heapFor(instances), ...process.env },
    });
  } catch (error) {
    throw new Error(
      `Neo4j test launcher failed to start, so the *.neo4j.test.ts suites cannot run. ` +
        `Try \`bash tools/neo4j/run.sh --port 0 --ephemeral\` to see why, or set NEO4J_URI.\n` +
        (error instanceof Error ? error.message : String(error)),
    );
  }
  // Neither the JVM nor its pipes may keep jest alive; stdin stays open so it lives until we
  // stop it, and dies with us if jest crashes.
  launcher.child.unref();
  (globalThis as GlobalWithLauncher)[LAUNCHER_HANDLE] = launcher;
  process.env.NEO4J_TEST_URIS = launcher.ready.uris.join(',');
  process.stderr.write(
    `\nneo4j: ${instances} test instance(s) ready in ${launcher.ready.startupMs} ms\n`,
  );
}

/** All instances share one JVM; each needs room for its system and neo4j databases. */
function heapFor(instances: number): string {
  return `${256 * (instances + 1)}m`;
}
