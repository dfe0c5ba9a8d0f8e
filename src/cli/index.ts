#!/usr/bin/env node
// First: sets NODE_ENV before any library reads it.
import './production-defaults';
import { Command } from 'commander';
import { CONFIG_VARIABLES, processEnv } from '../config';
import type { CliContext } from './cli-context';
import { doctorCommand } from './commands/doctor';
import { exportCommand } from './commands/export';
import { extractCommand } from './commands/extract';
import { ingestCommand } from './commands/ingest';
import { migrateCommand } from './commands/migrate';
import { serveCommand } from './commands/serve';
import { statsCommand } from './commands/stats';
import type { ExitCode } from './exit-codes';
import { exitCodeFor } from './exit-codes';
import { reportError } from './report-error';

/**
 * The `newsgraph` program. Each command lives in `./commands/<name>.ts` and exports
 * `<name>Command(ctx): Command`; adding one is one line in the list below.
 */
export function buildProgram(ctx: CliContext): Command {
  const program = new Command('newsgraph')
    .description(
      'Turn news articles into a provenance-first knowledge graph (Neo4j or embedded SQLite) and serve it over GraphQL.',
    )
    .version(packageVersion(), '-V, --version')
    .addHelpText('after', helpFooter());

  program.addCommand(migrateCommand(ctx));
  program.addCommand(doctorCommand(ctx));
  program.addCommand(statsCommand(ctx));
  program.addCommand(extractCommand(ctx));
  program.addCommand(ingestCommand(ctx));
  program.addCommand(exportCommand(ctx));
  program.addCommand(serveCommand(ctx));

  forEachCommand(program, (command) =>
    command.exitOverride().configureOutput({
      writeOut: (text) => ctx.stdout.write(text),
      writeErr: (text) => ctx.stderr.write(text),
    }),
  );
  return program;
}

/** Run the program; resolves to the exit code instead of exiting, so callers decide. */
export async function runCli(
  argv: readonly string[],
  ctx: Omit<CliContext, 'setExitCode'>,
): Promise<ExitCode> {
  let exitCode: ExitCode = 0;
  const context: CliContext = {
    ...ctx,
    // The worst code wins when a command reports more than once.
    setExitCode: (code) => {
      exitCode = Math.max(exitCode, code) as ExitCode;
    },
  };
  try {
    await buildProgram(context).parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    ctx.stderr.write(reportError(error));
    return exitCodeFor(error);
  }
}

function forEachCommand(command: Command, visit: (command: Command) => void): void {
  visit(command);
  for (const sub of command.commands) forEachCommand(sub, visit);
}

function helpFooter(): string {
  const width = Math.max(...CONFIG_VARIABLES.map((v) => v.name.length));
  const variables = CONFIG_VARIABLES.map((v) => {
    const fallback = v.defaultValue === undefined ? '' : ` (default: ${v.defaultValue})`;
    return `  ${v.name.padEnd(width)}  ${v.description}${fallback}`;
  });
  return [
    '',
    'Configuration (environment variables):',
    ...variables,
    '',
    'Exit codes:',
    '  0  success',
    '  1  an item or the operation failed (details on stderr)',
    '  2  bad usage or invalid configuration',
    '  3  the store is unavailable',
    '',
    'Logs are JSON lines on stderr; commands with --json print one JSON document on stdout.',
  ].join('\n');
}

function packageVersion(): string {
  // Read at run time: the package root sits two levels up from both src/cli and dist/cli.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- JSON outside rootDir
  return (require('../../package.json') as { version: string }).version;
}

/**
 * A reader that stops early (`newsgraph extract … | head`) closes our stdout, and the next write
 * fails with EPIPE. Node ignores SIGPIPE, so without this the error surfaces as an unhandled
 * 'error' event and a stack trace; Unix tools stop quietly instead, and so do we. Any other
 * error on stdout stays fatal.
 */
export function stopQuietlyWhenStdoutCloses(stdout: NodeJS.WriteStream, exit: () => void): void {
  stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') exit();
    else throw error;
  });
}

if (require.main === module) {
  stopQuietlyWhenStdoutCloses(process.stdout, () => process.exit());
  void runCli(process.argv.slice(2), {
    env: processEnv(),
    stdout: process.stdout,
    stderr: process.stderr,
  }).then((code) => {
    process.exitCode = code;
  });
}
