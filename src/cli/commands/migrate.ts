import { Command } from 'commander';
import { createApp } from '../../app';
import { loadConfig } from '../../config';
import { describeStore } from '../../store';
import type { CliContext } from '../cli-context';
import { printJson } from '../cli-context';

/** `newsgraph migrate`: apply pending schema migrations (start-up does it too) and say what changed. */
export function migrateCommand(ctx: CliContext): Command {
  return new Command('migrate')
    .description('apply pending schema migrations to the configured store (idempotent)')
    .option('--json', 'print {store, from, to} as JSON on stdout')
    .action(async (options: { json?: boolean }) => {
      const config = loadConfig(ctx.env);
      const app = await createApp(config, { migrate: false });
      try {
        const from = await app.store.schemaVersion();
        const to = await app.store.migrate();
        const where = describeStore(config.store);
        if (options.json) {
          printJson(ctx, { store: app.store.kind, from, to });
        } else if (from === to) {
          ctx.stdout.write(`${where}: schema already at version ${to}; nothing to do.\n`);
        } else {
          ctx.stdout.write(`${where}: schema migrated from version ${from ?? 'none'} to ${to}.\n`);
        }
      } finally {
        await app.close();
      }
    });
}
