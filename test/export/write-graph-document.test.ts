import { PassThrough } from 'node:stream';
import { NODE_ATTRIBUTES, presentAttributes } from '../../src/export/attributes';
import { writeGraphDocument } from '../../src/export/write-graph-document';
import type { ExportNode } from '../../src/store/export-source';
import { SAMPLE_EDGES, SAMPLE_NODES, sampleGraph } from './sample-graph';

describe('writeGraphDocument', () => {
  it('writes the opening, every node, the separator, every edge and the closing, in that order', async () => {
    const out = new PassThrough();
    let text = '';
    out.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    const counts = await writeGraphDocument(sampleGraph(), out, {
      opening: '<',
      node: (node, index) => `n${index}=${node.key};`,
      betweenNodesAndEdges: '|',
      edge: (edge, index) => `e${index}=${edge.id};`,
      closing: '>',
    });
    out.end();
    const nodes = SAMPLE_NODES.map((n, i) => `n${i}=${n.key};`).join('');
    const edges = SAMPLE_EDGES.map((e, i) => `e${i}=${e.id};`).join('');
    expect(text).toBe(`<${nodes}|${edges}>`);
    expect(counts).toEqual({ nodes: SAMPLE_NODES.length, edges: SAMPLE_EDGES.length });
  });
});

describe('presentAttributes', () => {
  it('leaves out absent values and keeps zeros, in declaration order', () => {
    const node: ExportNode = {
      key: 'person:new',
      type: 'Person',
      name: 'New Person',
      aliases: [],
      mentionCount: 0,
      articleCount: 1,
    };
    expect(presentAttributes(NODE_ATTRIBUTES, node)).toEqual([
      { name: 'type', value: 'Person' },
      { name: 'mentionCount', value: 0 },
      { name: 'articleCount', value: 1 },
    ]);
  });
});
