import type { ExportEdge, ExportNode } from '../store/export-source';
import type { ExportCounts, ExportGraph } from './attributes';
import { TextSink } from './text-sink';

/**
 * What a one-file format writes around and for each item. The walk itself (nodes first, then
 * edges, streamed through one sink, counted) is the same for every format, so it lives in
 * `writeGraphDocument` and a format only spells its own text.
 */
export interface GraphDocument {
  /** Everything before the first node. */
  opening: string;
  /** One node's text; `index` counts from 0, for formats that separate items (JSON's commas). */
  node(node: ExportNode, index: number): string;
  /** Between the last node and the first edge. */
  betweenNodesAndEdges: string;
  edge(edge: ExportEdge, index: number): string;
  /** After the last edge. */
  closing: string;
}

/** Streams `graph` into `out` as `document` spells it; does not end `out`. */
export async function writeGraphDocument(
  graph: ExportGraph,
  out: NodeJS.WritableStream,
  document: GraphDocument,
): Promise<ExportCounts> {
  const sink = new TextSink(out);
  await sink.write(document.opening);
  const nodes = await writeEach(sink, graph.nodes, document.node);
  await sink.write(document.betweenNodesAndEdges);
  const edges = await writeEach(sink, graph.edges, document.edge);
  await sink.write(document.closing);
  await sink.flush();
  return { nodes, edges };
}

/** Writes each item as `render` spells it, in order, and says how many there were. */
export async function writeEach<T>(
  sink: TextSink,
  items: AsyncIterable<T>,
  render: (item: T, index: number) => string,
): Promise<number> {
  let count = 0;
  for await (const item of items) {
    await sink.write(render(item, count));
    count += 1;
  }
  return count;
}
