import type { ExportEdge, ExportNode } from '../store/export-source';
import {
  EDGE_ATTRIBUTES,
  NODE_ATTRIBUTES,
  edgeWeight,
  isDirected,
  type ExportCounts,
  type ExportGraph,
} from './attributes';
import { TextSink } from './text-sink';
import { writeEach } from './write-graph-document';

/** RFC 4180 line ends: what spreadsheets expect, and what a CSV parser accepts everywhere. */
const EOL = '\r\n';

/**
 * The two tables of a CSV export, with the column names Gephi's spreadsheet import recognises:
 * nodes `Id,Label,…`; edges `Id,Source,Target,Type,Label,Weight,…` where Type is Directed or
 * Undirected and Label the relation type. The remaining columns are the declared attributes,
 * empty where an item has no value.
 */
export const NODE_CSV_COLUMNS = ['Id', 'Label', ...NODE_ATTRIBUTES.map((a) => a.name)];
export const EDGE_CSV_COLUMNS = [
  'Id',
  'Source',
  'Target',
  'Type',
  'Label',
  'Weight',
  ...EDGE_ATTRIBUTES.map((a) => a.name),
];

export interface CsvOutputs {
  nodes: NodeJS.WritableStream;
  edges: NodeJS.WritableStream;
}

/** Writes nodes.csv then edges.csv, each with a header row and one row per item. */
export async function writeCsv(graph: ExportGraph, outputs: CsvOutputs): Promise<ExportCounts> {
  const nodes = await writeTable(outputs.nodes, NODE_CSV_COLUMNS, graph.nodes, nodeRow);
  const edges = await writeTable(outputs.edges, EDGE_CSV_COLUMNS, graph.edges, edgeRow);
  return { nodes, edges };
}

async function writeTable<T>(
  out: NodeJS.WritableStream,
  columns: readonly string[],
  items: AsyncIterable<T>,
  row: (item: T) => string,
): Promise<number> {
  const sink = new TextSink(out);
  await sink.write(csvRow(columns));
  const count = await writeEach(sink, items, row);
  await sink.flush();
  return count;
}

function nodeRow(node: ExportNode): string {
  return csvRow([node.key, node.name, ...NODE_ATTRIBUTES.map((a) => a.value(node))]);
}

function edgeRow(edge: ExportEdge): string {
  return csvRow([
    edge.id,
    edge.source,
    edge.target,
    isDirected(edge) ? 'Directed' : 'Undirected',
    edge.type,
    edgeWeight(edge),
    ...EDGE_ATTRIBUTES.map((a) => a.value(edge)),
  ]);
}

export function csvRow(fields: readonly (string | number | undefined)[]): string {
  return `${fields.map(csvField).join(',')}${EOL}`;
}

/**
 * A field is quoted when it holds a comma, a quote or a line break (quotes doubled inside), and
 * when it starts or ends with a space, which some readers would otherwise trim. Text that a
 * spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return: an
 * entity name or a quote from a hostile page) gets a leading apostrophe, which spreadsheets
 * show as text (OWASP's advice against CSV injection); numbers are left as they are.
 */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : defuseFormula(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function defuseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
