import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CliRunner } from './build-cli';
import type { Cleanup } from './cleanup';
import type { Figure } from './figure';
import { logProgress } from './progress-log';

export interface ApiBenchOptions {
  repoRoot: string;
  cli: CliRunner;
  sqlitePath: string;
  neo4jUri: string | undefined;
  cleanup: Cleanup;
}

/** Whether this checkout has `newsgraph serve` yet (the API is built in parallel with the bench). */
export function hasServeCommand(cli: CliRunner): boolean {
  const ext = cli.kind === 'built' ? 'js' : 'ts';
  return existsSync(join(cli.root, 'cli', 'commands', `serve.${ext}`));
}

export async function benchApi(options: ApiBenchOptions): Promise<Figure[]> {
  if (!hasServeCommand(options.cli)) {
    logProgress('api: no `newsgraph serve` in this checkout yet; API figures are pending');
    return [
      {
        section: 'api',
        name: 'GraphQL API latency and throughput',
        value: null,
        unit: '',
        note: 'pending: src/cli/commands/serve.ts does not exist yet',
      },
    ];
  }
  return [];
}
