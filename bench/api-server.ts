import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import type { Cleanup } from './cleanup';
import { waitForGraphql } from './graphql-http';

export interface RunningApi {
  url: string;
  /** The server process, for reading its CPU time (bench/api-ab.ts). */
  pid: number;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 120_000;

/** A port nobody listens on right now (the OS picks it; we close before the server binds). */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  await once(server, 'close');
  if (address === null || typeof address === 'string') throw new Error('no TCP port assigned');
  return address.port;
}

/**
 * Run a GraphQL server as its own process (so it does not share an event loop with the load
 * generator) and wait until its endpoint answers. The process is registered for cleanup.
 */
export async function startApiProcess(
  nodeArgs: readonly string[],
  env: Record<string, string>,
  port: number,
  cleanup: Cleanup,
): Promise<RunningApi> {
  const child = spawn(process.execPath, [...nodeArgs], {
    stdio: ['ignore', 'ignore', 'inherit'],
    // As deployed (the Dockerfile sets NODE_ENV=production): graphql-js skips its development
    // checks then. Ours and the @neo4j/graphql peer both run this way.
    env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', ...env },
  });
  cleanup.child(child);
  const url = `http://127.0.0.1:${port}/graphql`;
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`GraphQL server ${nodeArgs.join(' ')} exited with status ${String(code)}`);
  });
  // Only an exit before readiness is an error; the later, requested exit must not reject.
  exited.catch(() => undefined);
  await Promise.race([waitForGraphql(url, READY_TIMEOUT_MS), exited]);
  return {
    url,
    pid: child.pid ?? -1,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const done = once(child, 'exit');
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await done;
      clearTimeout(timer);
    },
  };
}
