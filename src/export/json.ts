import type { ExportEdge, ExportNode } from '../store/export-source';
import { isDirected, type ExportCounts, type ExportGraph } from './attributes';
import { writeGraphDocument } from './write-graph-document';

/**
 * One JSON document `{"nodes": [...], "edges": [...]}`, written item by item so it never exists
 * whole in memory. Nodes carry `id` (the entity key) and their fields; edges `id`, `source`,
 * `target`, `type`, `directed` and their aggregate fields. Lists stay lists.
 */
export async function writeJson(
  graph: ExportGraph,
  out: NodeJS.WritableStream,
): Promise<ExportCounts> {
  return writeGraphDocument(graph, out, {
    opening: '{"nodes":[',
    node: (node, index) => item(index, nodeJson(node)),
    betweenNodesAndEdges: '\n],"edges":[',
    edge: (edge, index) => item(index, edgeJson(edge)),
    closing: '\n]}\n',
  });
}

/** One array element on its own line, the comma ending the line before. */
function item(index: number, json: object): string {
  return `${index === 0 ? '' : ','}\n${JSON.stringify(json)}`;
}

function nodeJson({ key, ...fields }: ExportNode): object {
  return { id: key, ...fields };
}

function edgeJson(edge: ExportEdge): object {
  const { kind: _kind, id, source, target, type, ...fields } = edge;
  return { id, source, target, type, directed: isDirected(edge), ...fields };
}
