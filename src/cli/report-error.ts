import { CommanderError } from 'commander';
import { isNewsgraphError } from '../errors';

/**
 * What to print for an error that ended a command: what went wrong, then what to do next.
 * Commander has already printed its own usage errors; only the hint is added for those.
 */
export function reportError(error: unknown): string {
  if (error instanceof CommanderError) {
    return error.exitCode === 0
      ? ''
      : 'Run `newsgraph --help` (or `newsgraph <command> --help`) for usage.\n';
  }
  if (!isNewsgraphError(error)) {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return (
      `newsgraph: unexpected error: ${detail}\n` +
      'This is a bug in newsgraph: please report it with the output above (run again with LOG_LEVEL=debug for more).\n'
    );
  }
  return `newsgraph: ${error.message}\n${nextStep(error.code)}\n`;
}

function nextStep(code: string): string {
  switch (code) {
    case 'CONFIG_INVALID':
      return 'Fix the variables listed above and run again; `newsgraph --help` lists every variable with its default.';
    case 'STORE_UNAVAILABLE':
      return (
        'Check that the store is running and reachable. For Neo4j, start one with `npm run neo4j` ' +
        '(or `docker compose up -d neo4j`) and check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD; ' +
        '`newsgraph doctor` checks the whole setup.'
      );
    case 'SCHEMA_OUTDATED':
      return 'Run `newsgraph migrate` to bring the store schema up to date.';
    case 'BAD_USER_INPUT':
      return 'Run `newsgraph <command> --help` for usage.';
    default:
      return 'Run `newsgraph doctor` to check the setup.';
  }
}
