import type { ExportCounts, ExportGraph } from './attributes';
import { writeCsv } from './csv';
import { AtomicFile, csvPaths, isStdout } from './export-outputs';
import { writeGexf } from './gexf';
import { writeGraphml } from './graphml';
import { writeJson } from './json';

export const EXPORT_FORMATS = ['graphml', 'gexf', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportResult extends ExportCounts {
  /** The files written, or ['-'] for stdout. */
  files: string[];
}

/**
 * Writes `graph` in `format` to `output` (a file, a CSV directory or prefix, or stdout for `-`
 * and undefined). Files appear only once complete; a failure removes what was begun.
 */
export async function writeExport(
  graph: ExportGraph,
  format: ExportFormat,
  output: string | undefined,
  stdout: NodeJS.WritableStream,
): Promise<ExportResult> {
  if (format === 'csv') return writeCsvFiles(graph, output);
  const write = singleFileWriter(format);
  if (isStdout(output)) return { ...(await write(graph, stdout)), files: ['-'] };
  const file = await AtomicFile.create(output as string);
  return { ...(await committing([file], () => write(graph, file.stream))), files: [file.path] };
}

function singleFileWriter(format: Exclude<ExportFormat, 'csv'>) {
  switch (format) {
    case 'graphml':
      return writeGraphml;
    case 'gexf':
      return writeGexf;
    case 'json':
      return writeJson;
    default: {
      const unknownFormat: never = format;
      throw new Error(`unknown export format ${String(unknownFormat)}`);
    }
  }
}

async function writeCsvFiles(
  graph: ExportGraph,
  output: string | undefined,
): Promise<ExportResult> {
  const paths = csvPaths(output);
  const nodes = await AtomicFile.create(paths.nodes);
  const edges = await AtomicFile.create(paths.edges).catch(async (error: unknown) => {
    await nodes.discard();
    throw error;
  });
  const counts = await committing([nodes, edges], () =>
    writeCsv(graph, { nodes: nodes.stream, edges: edges.stream }),
  );
  return { ...counts, files: [nodes.path, edges.path] };
}

async function committing<T>(files: AtomicFile[], work: () => Promise<T>): Promise<T> {
  try {
    const result = await work();
    for (const file of files) await file.commit();
    return result;
  } catch (error) {
    await Promise.all(files.map((file) => file.discard()));
    throw error;
  }
}
