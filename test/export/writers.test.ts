import { once } from 'node:events';
import { PassThrough, Writable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse/sync';
import { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { ExportGraph } from '../../src/export/attributes';
import { csvField, EDGE_CSV_COLUMNS, NODE_CSV_COLUMNS, writeCsv } from '../../src/export/csv';
import { writeGexf } from '../../src/export/gexf';
import { writeGraphml } from '../../src/export/graphml';
import { writeJson } from '../../src/export/json';
import type { ExportNode } from '../../src/store/export-source';
import {
  AWKWARD_NAME,
  CONTROL_NAME,
  CONTROL_NAME_IN_XML,
  SAMPLE_EDGES,
  SAMPLE_NODES,
  sampleGraph,
} from './sample-graph';

/** What XML 1.0 never allows, escaped or not. */
const FORBIDDEN_IN_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

async function written(
  write: (graph: ExportGraph, out: NodeJS.WritableStream) => Promise<unknown>,
  graph: ExportGraph = sampleGraph(),
): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await write(graph, out);
  out.end();
  return Buffer.concat(chunks).toString('utf8');
}

describe('writeGraphml', () => {
  it('parses with graphology-graphml into the same nodes, edges, ids and attributes', async () => {
    const xml = await written(writeGraphml);
    const graph = parseGraphml(MultiGraph, xml);
    expect(graph.order).toBe(SAMPLE_NODES.length);
    expect(graph.size).toBe(SAMPLE_EDGES.length);
    expect(graph.nodes().sort()).toEqual(SAMPLE_NODES.map((n) => n.key).sort());
    expect(graph.edges().sort()).toEqual(SAMPLE_EDGES.map((e) => e.id).sort());
    expect(graph.getNodeAttributes('organization:tom-jerry')).toMatchObject({
      label: AWKWARD_NAME,
      type: 'Organization',
      aliases: 'T&J|Tom, Jerry',
      mentionCount: 3,
    });
    expect(graph.getEdgeAttributes('wd:Q7747|MEMBER_OF|organization:tom-jerry')).toMatchObject({
      relation: 'MEMBER_OF',
      weight: 1,
      maxConfidence: 0.7,
      roles: 'guest|host',
    });
  });

  it('strips characters XML 1.0 forbids and keeps the rest of the name', async () => {
    const xml = await written(writeGraphml);
    expect(xml).not.toMatch(FORBIDDEN_IN_XML);
    const graph = parseGraphml(MultiGraph, xml);
    expect(graph.getNodeAttribute('person:control', 'label')).toBe(CONTROL_NAME_IN_XML);
    expect(CONTROL_NAME).not.toBe(CONTROL_NAME_IN_XML);
  });

  it('declares every attribute as a <key> and marks co-mentions undirected', async () => {
    const xml = await written(writeGraphml);
    for (const name of ['label', 'type', 'aliases', 'mentionCount', 'firstSeen']) {
      expect(xml).toContain(`for="node" attr.name="${name}"`);
    }
    for (const name of ['weight', 'relation', 'statementCount', 'maxConfidence', 'count']) {
      expect(xml).toContain(`for="edge" attr.name="${name}"`);
    }
    expect(xml.match(/directed="false"/g)).toHaveLength(1);
    expect(xml).toContain('edgedefault="directed"');
  });
});

describe('writeGexf', () => {
  it('parses with graphology-gexf: same counts, labels, attributes, one undirected edge', async () => {
    const xml = await written(writeGexf);
    expect(xml).not.toMatch(FORBIDDEN_IN_XML);
    const graph = parseGexf(MultiGraph, xml);
    expect(graph.order).toBe(SAMPLE_NODES.length);
    expect(graph.size).toBe(SAMPLE_EDGES.length);
    expect(graph.undirectedSize).toBe(1);
    expect(graph.getNodeAttributes('organization:tom-jerry')).toMatchObject({
      label: AWKWARD_NAME,
      type: 'Organization',
      mentionCount: 3,
    });
    expect(graph.getNodeAttribute('person:control', 'label')).toBe(CONTROL_NAME_IN_XML);
    expect(graph.getEdgeAttributes('wd:Q7747|LEADER_OF|organization:tom-jerry')).toMatchObject({
      label: 'LEADER_OF',
      weight: 2,
      statementCount: 2,
      meanConfidence: 0.85,
      firstDate: '2025-05-08',
    });
  });
});

describe('writeCsv', () => {
  it('writes a header and one row per item, quoting commas, quotes and line breaks', async () => {
    const nodesOut = new PassThrough();
    const edgesOut = new PassThrough();
    const text = { nodes: '', edges: '' };
    nodesOut.on('data', (c: Buffer) => (text.nodes += c.toString('utf8')));
    edgesOut.on('data', (c: Buffer) => (text.edges += c.toString('utf8')));
    const counts = await writeCsv(sampleGraph(), { nodes: nodesOut, edges: edgesOut });
    expect(counts).toEqual({ nodes: SAMPLE_NODES.length, edges: SAMPLE_EDGES.length });

    const nodes = parseCsv(text.nodes, { columns: true }) as Record<string, string>[];
    expect(Object.keys(nodes[0] ?? {})).toEqual(NODE_CSV_COLUMNS);
    expect(nodes).toHaveLength(SAMPLE_NODES.length);
    expect(nodes[0]).toMatchObject({
      Id: 'organization:tom-jerry',
      Label: AWKWARD_NAME,
      aliases: 'T&J|Tom, Jerry',
    });
    // CSV keeps control characters; UTF-8 cannot carry a lone surrogate, so it arrives as U+FFFD.
    expect(nodes[1]?.Label).toBe(CONTROL_NAME.replace('\uD800', '\uFFFD'));
    expect(text.nodes).toContain('"Tom & ""Jerry"" <Ltd>, \'Inc\'\nSecond line\ttab"');

    const edges = parseCsv(text.edges, { columns: true }) as Record<string, string>[];
    expect(Object.keys(edges[0] ?? {})).toEqual(EDGE_CSV_COLUMNS);
    expect(edges.map((e) => [e.Type, e.Label, e.Weight])).toEqual([
      ['Directed', 'LEADER_OF', '2'],
      ['Directed', 'MEMBER_OF', '1'],
      ['Undirected', 'CO_MENTIONED', '4'],
    ]);
    expect(edges[2]).toMatchObject({ statementCount: '', count: '4' });
  });

  it('defuses text a spreadsheet would run as a formula, and leaves numbers alone', () => {
    expect(['=HYPERLINK("http://x")', '+1 555', '-2+3', '@SUM(A1)', '\tcmd'].map(csvField)).toEqual(
      [`"'=HYPERLINK(""http://x"")"`, "'+1 555", "'-2+3", "'@SUM(A1)", "'\tcmd"],
    );
    expect([-2.5, 0, 'Vladimir Putin', 'a=b'].map(csvField)).toEqual([
      '-2.5',
      '0',
      'Vladimir Putin',
      'a=b',
    ]);
  });
});

describe('writeJson', () => {
  it('writes one JSON document with every node and edge, lists kept as lists', async () => {
    const doc = JSON.parse(await written(writeJson)) as {
      nodes: Record<string, unknown>[];
      edges: Record<string, unknown>[];
    };
    expect(doc.nodes.map((n) => n.id)).toEqual(SAMPLE_NODES.map((n) => n.key));
    expect(doc.nodes[0]).toMatchObject({ name: AWKWARD_NAME, aliases: ['T&J', 'Tom, Jerry'] });
    expect(doc.edges.map((e) => [e.id, e.directed])).toEqual(
      SAMPLE_EDGES.map((e) => [e.id, e.kind === 'relationship']),
    );
    expect(doc.edges[1]).toMatchObject({ type: 'MEMBER_OF', roles: ['guest', 'host'] });
  });

  it('writes an empty graph as empty lists', async () => {
    expect(JSON.parse(await written(writeJson, sampleGraph([], [])))).toEqual({
      nodes: [],
      edges: [],
    });
  });
});

describe('back-pressure', () => {
  it('never lets more than about one chunk wait in a slow stream', async () => {
    const many: ExportNode[] = Array.from({ length: 20_000 }, (_, i) => ({
      ...(SAMPLE_NODES[2] as ExportNode),
      key: `person:n${String(i).padStart(6, '0')}`,
    }));
    let total = 0;
    const slow = new Writable({
      highWaterMark: 16 * 1024,
      write(chunk: Buffer, _encoding, done) {
        total += chunk.length;
        setImmediate(done);
      },
    });
    let maxWaiting = 0;
    async function* watched() {
      for (const node of many) {
        maxWaiting = Math.max(maxWaiting, slow.writableLength);
        yield node;
      }
    }
    await writeGraphml({ nodes: watched(), edges: sampleGraph([], []).edges }, slow);
    slow.end();
    await once(slow, 'finish');
    expect(total).toBeGreaterThan(5_000_000);
    // One 64 KiB chunk of UTF-16 units can be a little more in bytes; never the whole file.
    expect(maxWaiting).toBeLessThan(200_000);
  });
});
