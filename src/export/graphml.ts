import type { ExportEdge, ExportNode } from '../store/export-source';
import {
  EDGE_ATTRIBUTES,
  NODE_ATTRIBUTES,
  edgeWeight,
  isDirected,
  presentAttributes,
  type Attribute,
  type AttributeType,
  type ExportCounts,
  type ExportGraph,
} from './attributes';
import { writeGraphDocument } from './write-graph-document';
import { escapeXmlAttribute as attr, escapeXmlText as text } from './xml-escape';

const GRAPHML_TYPES: Record<AttributeType, string> = {
  string: 'string',
  int: 'int',
  double: 'double',
};

/** Key ids are `n_<name>` / `e_<name>`: valid XML ids, and a node and an edge key never clash. */
const nodeKey = (name: string) => `n_${name}`;
const edgeKey = (name: string) => `e_${name}`;

/**
 * GraphML (graphml.graphdrawing.org) for Gephi, Cytoscape, yEd and graphology: every attribute
 * declared once as a `<key>`, entity keys as node ids, typed relationships directed and
 * co-mentions `directed="false"`, `label` and `weight` keys as those tools expect.
 */
export async function writeGraphml(
  graph: ExportGraph,
  out: NodeJS.WritableStream,
): Promise<ExportCounts> {
  return writeGraphDocument(graph, out, {
    opening: header(),
    node: nodeElement,
    betweenNodesAndEdges: '',
    edge: edgeElement,
    closing: '  </graph>\n</graphml>\n',
  });
}

function header(): string {
  const keys = [
    keyElement(nodeKey('label'), 'node', 'label', 'string'),
    ...NODE_ATTRIBUTES.map((a) => keyElement(nodeKey(a.name), 'node', a.name, a.type)),
    keyElement(edgeKey('label'), 'edge', 'label', 'string'),
    keyElement(edgeKey('weight'), 'edge', 'weight', 'double'),
    ...EDGE_ATTRIBUTES.map((a) => keyElement(edgeKey(a.name), 'edge', a.name, a.type)),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"',
    '    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys,
    '  <graph id="newsgraph" edgedefault="directed">',
    '',
  ].join('\n');
}

function keyElement(id: string, domain: 'node' | 'edge', name: string, type: AttributeType) {
  return `  <key id="${id}" for="${domain}" attr.name="${attr(name)}" attr.type="${GRAPHML_TYPES[type]}"/>`;
}

function nodeElement(node: ExportNode): string {
  const data = [
    dataElement(nodeKey('label'), node.name),
    ...dataElements(NODE_ATTRIBUTES, node, nodeKey),
  ];
  return `    <node id="${attr(node.key)}">${data.join('')}</node>\n`;
}

function edgeElement(edge: ExportEdge): string {
  const direction = isDirected(edge) ? '' : ' directed="false"';
  const data = [
    dataElement(edgeKey('label'), edge.type),
    dataElement(edgeKey('weight'), edgeWeight(edge)),
    ...dataElements(EDGE_ATTRIBUTES, edge, edgeKey),
  ];
  return `    <edge id="${attr(edge.id)}" source="${attr(edge.source)}" target="${attr(edge.target)}"${direction}>${data.join('')}</edge>\n`;
}

function dataElements<T>(
  attributes: readonly Attribute<T>[],
  item: T,
  keyOf: (name: string) => string,
): string[] {
  return presentAttributes(attributes, item).map(({ name, value }) =>
    dataElement(keyOf(name), value),
  );
}

function dataElement(key: string, value: string | number): string {
  return `<data key="${key}">${text(String(value))}</data>`;
}
