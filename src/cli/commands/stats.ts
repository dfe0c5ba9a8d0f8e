import { Command } from 'commander';
import { createApp } from '../../app';
import { loadConfig } from '../../config';
import type { GraphStats } from '../../store/graph-store';
import type { CliContext } from '../cli-context';
import { printJson } from '../cli-context';

/** `newsgraph stats`: what the graph holds, by node label and relationship type. */
export function statsCommand(ctx: CliContext): Command {
  return new Command('stats')
    .description('count articles, sources, entities by type, statements, relationships and quotes')
    .option('--json', 'print the counts as one JSON document on stdout')
    .action(async (options: { json?: boolean }) => {
      const app = await createApp(loadConfig(ctx.env));
      try {
        const stats = await app.store.stats();
        const schemaVersion = await app.store.schemaVersion();
        if (options.json) printJson(ctx, { store: app.store.kind, schemaVersion, ...stats });
        else ctx.stdout.write(formatStats(app.store.kind, stats));
      } finally {
        await app.close();
      }
    });
}

function formatStats(kind: string, stats: GraphStats): string {
  const lines = [
    `Store: ${kind}`,
    `Articles: ${stats.articles}  Sources: ${stats.sources}  Mentions: ${stats.mentions}  Quotes: ${stats.quotes}`,
    ...section('Entities by type', stats.entitiesByType),
    ...section('Statements by type', stats.statementsByType),
    ...section('Relationships by type', stats.relationshipsByType),
  ];
  return `${lines.join('\n')}\n`;
}

function section(title: string, counts: Record<string, number>): string[] {
  const entries = Object.entries(counts).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return [`${title}: none`];
  const width = Math.max(...entries.map(([name]) => name.length));
  return [`${title}:`, ...entries.map(([name, count]) => `  ${name.padEnd(width)}  ${count}`)];
}
