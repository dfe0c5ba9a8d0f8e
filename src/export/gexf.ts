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
import { escapeXmlAttribute as attr } from './xml-escape';

const GEXF_TYPES: Record<AttributeType, string> = {
  string: 'string',
  int: 'integer',
  double: 'double',
};

/**
 * GEXF 1.3 (gexf.net), Gephi's own format: attributes declared in `<attributes>` (ids are the
 * attribute names), node label = entity name, edge label = relation type, `weight` native,
 * co-mentions `type="undirected"` in an otherwise directed graph.
 */
export async function writeGexf(
  graph: ExportGraph,
  out: NodeJS.WritableStream,
): Promise<ExportCounts> {
  return writeGraphDocument(graph, out, {
    opening: `${header()}    <nodes>\n`,
    node: nodeElement,
    betweenNodesAndEdges: '    </nodes>\n    <edges>\n',
    edge: edgeElement,
    closing: '    </edges>\n  </graph>\n</gexf>\n',
  });
}

function header(): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <meta>',
    '    <creator>newsgraph</creator>',
    '    <description>Entities and their aggregated relationships extracted from news articles</description>',
    '  </meta>',
    '  <graph mode="static" defaultedgetype="directed">',
    attributesElement('node', NODE_ATTRIBUTES),
    attributesElement('edge', EDGE_ATTRIBUTES),
    '',
  ].join('\n');
}

function attributesElement<T>(domain: 'node' | 'edge', attributes: readonly Attribute<T>[]) {
  const lines = attributes.map(
    (a) => `      <attribute id="${a.name}" title="${a.name}" type="${GEXF_TYPES[a.type]}"/>`,
  );
  return [`    <attributes class="${domain}">`, ...lines, '    </attributes>'].join('\n');
}

function nodeElement(node: ExportNode): string {
  return `      <node id="${attr(node.key)}" label="${attr(node.name)}">${attvalues(NODE_ATTRIBUTES, node)}</node>\n`;
}

function edgeElement(edge: ExportEdge): string {
  const direction = isDirected(edge) ? '' : ' type="undirected"';
  return `      <edge id="${attr(edge.id)}" source="${attr(edge.source)}" target="${attr(edge.target)}"${direction} label="${edge.type}" weight="${edgeWeight(edge)}">${attvalues(EDGE_ATTRIBUTES, edge)}</edge>\n`;
}

function attvalues<T>(attributes: readonly Attribute<T>[], item: T): string {
  const values = presentAttributes(attributes, item).map(
    ({ name, value }) => `<attvalue for="${name}" value="${attr(String(value))}"/>`,
  );
  return values.length > 0 ? `<attvalues>${values.join('')}</attvalues>` : '';
}
