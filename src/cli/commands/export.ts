import { Command, Option } from 'commander';
import { loadConfig } from '../../config';
import { ExportProgress } from '../../export/export-progress';
import { parseExportDates, parseExportTypes } from '../../export/parse-export-types';
import { EXPORT_FORMATS, writeExport, type ExportFormat } from '../../export/write-export';
import type { ExportFilter } from '../../store/export-source';
import { openExportSource } from '../../store/open-export-source';
import type { CliContext } from '../cli-context';

interface ExportOptions {
  format: ExportFormat;
  since?: string;
  until?: string;
  types: string[];
  output?: string;
  store?: 'sqlite' | 'neo4j';
}

const HELP = `
Formats:
  graphml  one file; GraphML keys for every attribute (Gephi, Cytoscape, yEd, graphology)
  gexf     one file; GEXF 1.3 with declared attributes (Gephi)
  csv      two files with Gephi's column names: -o DIR/ (or an existing directory) writes
           DIR/nodes.csv and DIR/edges.csv; -o PREFIX writes PREFIX-nodes.csv and PREFIX-edges.csv
  json     one document {"nodes": [...], "edges": [...]}

Nodes are entities (id = entity key); edges are the aggregated typed relationships (directed,
id = source|TYPE|target, weight = statements), and CO_MENTIONED pairs when --types names it
(undirected, weight = sentences). --types takes entity types (Person, Country, ...), relation
types (MET_WITH, ...), ALL_RELATIONS and CO_MENTIONED; naming any edge type exports only the
edge types named. An edge is written only when both its ends are.
--since/--until keep entities seen in the range and relationships with a statement dated in it
(a co-mention: an article in it); until compares on its own length (2025-05 = all of May).
Lists (aliases, roles) are joined with | outside JSON. Without -o (or with -o -) the file goes
to stdout; progress and the summary go to stderr.

Examples:
  newsgraph export --format graphml -o graph.graphml
  newsgraph export --format csv --types Person,Country,MET_WITH,VISITED -o out/
  newsgraph export --format json --since 2025-05 --until 2025-05 --types CO_MENTIONED | jq .
  newsgraph export --format gexf --types ALL_RELATIONS,CO_MENTIONED -o everything.gexf
`;

/** `newsgraph export`: stream the graph, or a filtered part of it, to a file or stdout. */
export function exportCommand(ctx: CliContext): Command {
  return new Command('export')
    .description('write entities and their relationships as GraphML, GEXF, CSV or JSON')
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(EXPORT_FORMATS)
        .makeOptionMandatory(),
    )
    .option('--since <date>', 'only relationships with a statement dated on or after (ISO date)')
    .option(
      '--until <date>',
      'only relationships with a statement dated on or before (ISO date or prefix)',
    )
    .option(
      '--types <types>',
      'entity types, relation types and/or CO_MENTIONED, comma-separated or repeated',
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .option('-o, --output <path>', 'file (csv: directory or prefix); - or none for stdout')
    .addOption(
      new Option('--store <store>', 'override NEWSGRAPH_STORE').choices(['sqlite', 'neo4j']),
    )
    .addHelpText('after', HELP)
    .action(async (options: ExportOptions) => {
      const filter: ExportFilter = {
        ...parseExportDates(options),
        ...parseExportTypes(options.types),
      };
      const env = options.store ? { ...ctx.env, NEWSGRAPH_STORE: options.store } : ctx.env;
      const source = await openExportSource(loadConfig(env));
      const progress = new ExportProgress(ctx.stderr);
      try {
        const graph = {
          nodes: progress.count(source.nodes(filter), 'nodes'),
          edges: progress.count(source.relationships(filter), 'edges'),
        };
        const result = await writeExport(graph, options.format, options.output, ctx.stdout);
        progress.stop();
        ctx.stderr.write(
          `Exported ${result.nodes} nodes and ${result.edges} edges as ${options.format} to ${result.files.join(', ')} in ${progress.elapsedSeconds().toFixed(1)} s (${progress.rate().toFixed(0)} items/s)\n`,
        );
      } catch (error) {
        progress.stop();
        throw error;
      } finally {
        await source.close();
      }
    });
}
