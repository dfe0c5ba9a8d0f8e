import type { ExportEdge, ExportNode } from '../store/export-source';
import { isDirected, type ExportCounts, type ExportGraph } from './attributes';
import { TextSink } from './text-sink';

/**
 * One JSON document `{"nodes": [...], "edges": [...]}`, written item by item so it never exists
 * whole in memory. Nodes carry `id` (the entity key) and their fields; edges `id`, `source`,
 * `target`, `type`, `directed` and their aggregate fields. Lists stay lists.
 */
export async function writeJson(
  graph: ExportGraph,
  out: NodeJS.WritableStream,
): Promise<ExportCounts> {
  const sink = new TextSink(out);
  await sink.write('{"nodes":[');
  const nodes = await writeItems(sink, graph.nodes, nodeJson);
  await sink.write('\n],"edges":[');
  const edges = await writeItems(sink, graph.edges, edgeJson);
  await sink.write('\n]}\n');
  await sink.flush();
  return { nodes, edges };
}

async function writeItems<T>(
  sink: TextSink,
  items: AsyncIterable<T>,
  toJson: (item: T) => object,
): Promise<number> {
  let count = 0;
  for await (const item of items) {
    await sink.write(`${count === 0 ? '' : ','}\n${JSON.stringify(toJson(item))}`);
    count += 1;
  }
  return count;
}

function nodeJson({ key, ...fields }: ExportNode): object {
  return { id: key, ...fields };
}

function edgeJson(edge: ExportEdge): object {
  const { kind: _kind, id, source, target, type, ...fields } = edge;
  return { id, source, target, type, directed: isDirected(edge), ...fields };
}
