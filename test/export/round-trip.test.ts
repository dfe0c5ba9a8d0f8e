import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { parse as parseCsv } from 'csv-parse/sync';
import { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { EDGE_CSV_COLUMNS, NODE_CSV_COLUMNS } from '../../src/export/csv';
import { writeExport, type ExportFormat } from '../../src/export/write-export';
import type { ExportFilter } from '../../src/store/export-source';
import type { GraphSnapshot, GraphStats } from '../../src/store/graph-store';
import { openExportSource } from '../../src/store/open-export-source';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';
import { runNewsgraph } from '../cli/spawn-newsgraph';

const SEED = join(__dirname, '../../../shared/corpus/seed-xi-moscow-victory-day.txt');

/**
 * The seed article ingested by the real CLI (real extractor and resolver) into a temporary
 * SQLite store, exported in every format and read back by independent parsers: the counts must
 * be the store's own.
 */
describe('export round trip of the seed article', () => {
  let dir: string;
  let env: Record<string, string>;
  let snapshot: GraphSnapshot;
  let stats: GraphStats;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-export-'));
    env = { NEWSGRAPH_SQLITE_PATH: join(dir, 'graph.db') };
    const ingest = await runNewsgraph(['ingest', SEED, '--concurrency', '1'], env);
    expect(ingest.code).toBe(0);
    const store = openSqliteStore(env.NEWSGRAPH_SQLITE_PATH as string);
    snapshot = await store.snapshot();
    stats = await store.stats();
    await store.close();
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const relationshipCount = () =>
    Object.values(stats.relationshipsByType).reduce((sum, n) => sum + n, 0);

  async function exportInProcess(format: ExportFormat, output: string, filter: ExportFilter) {
    const source = await openExportSource({
      kind: 'sqlite',
      path: env.NEWSGRAPH_SQLITE_PATH as string,
    });
    try {
      const graph = { nodes: source.nodes(filter), edges: source.relationships(filter) };
      return await writeExport(graph, format, output, new PassThrough());
    } finally {
      await source.close();
    }
  }

  it('ingested a real graph to export', () => {
    expect(snapshot.entities.length).toBeGreaterThan(10);
    expect(snapshot.relationships.length).toBeGreaterThan(5);
    expect(snapshot.relationships.length).toBe(relationshipCount());
  });

  it('writes GraphML (newsgraph export) that graphology parses with the store’s node and edge counts', async () => {
    const file = join(dir, 'seed.graphml');
    const run = await runNewsgraph(['export', '--format', 'graphml', '-o', file], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      `Exported ${snapshot.entities.length} nodes and ${relationshipCount()} edges`,
    );
    const graph = parseGraphml(MultiGraph, readFileSync(file, 'utf8'));
    expect(graph.order).toBe(snapshot.entities.length);
    expect(graph.size).toBe(relationshipCount());
    expect(graph.nodes().sort()).toEqual(snapshot.entities.map((e) => e.key).sort());
    const putin = snapshot.entities.find((e) => e.name === 'Vladimir Putin');
    expect(graph.getNodeAttribute(putin?.key, 'label')).toBe('Vladimir Putin');
  });

  it('writes GEXF with co-mentions as undirected edges, counts as in the store', async () => {
    const file = join(dir, 'seed.gexf');
    const result = await exportInProcess('gexf', file, { coMentions: true });
    const graph = parseGexf(MultiGraph, readFileSync(file, 'utf8'));
    expect(graph.order).toBe(snapshot.entities.length);
    expect(graph.directedSize).toBe(relationshipCount());
    expect(graph.undirectedSize).toBe(snapshot.cooccurrences.length);
    expect(result).toMatchObject({ nodes: graph.order, edges: graph.size, files: [file] });
  });

  it('writes nodes.csv and edges.csv into a directory, a header and one row per item', async () => {
    const out = join(dir, 'csv') + '/';
    const result = await exportInProcess('csv', out, { coMentions: true });
    expect(result.files).toEqual([join(out, 'nodes.csv'), join(out, 'edges.csv')]);
    const nodes = parseCsv(readFileSync(join(out, 'nodes.csv')), { columns: true }) as Record<
      string,
      string
    >[];
    const edges = parseCsv(readFileSync(join(out, 'edges.csv')), { columns: true }) as Record<
      string,
      string
    >[];
    expect(Object.keys(nodes[0] ?? {})).toEqual(NODE_CSV_COLUMNS);
    expect(Object.keys(edges[0] ?? {})).toEqual(EDGE_CSV_COLUMNS);
    expect(nodes).toHaveLength(snapshot.entities.length);
    expect(edges).toHaveLength(relationshipCount() + snapshot.cooccurrences.length);
  });

  it('writes CSV to a prefix: PREFIX-nodes.csv and PREFIX-edges.csv', async () => {
    const result = await exportInProcess('csv', join(dir, 'prefixed', 'seed.csv'), {});
    expect(result.files).toEqual([
      join(dir, 'prefixed', 'seed-nodes.csv'),
      join(dir, 'prefixed', 'seed-edges.csv'),
    ]);
    expect(
      readFileSync(result.files[1] as string, 'utf8')
        .trim()
        .split('\r\n'),
    ).toHaveLength(relationshipCount() + 1);
  });

  it('streams JSON to stdout, filtered by --types, edges only between kept nodes', async () => {
    const run = await runNewsgraph(
      ['export', '--format', 'json', '--types', 'Person,Country', '--types', 'LEADER_OF'],
      env,
    );
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as {
      nodes: { id: string; type: string }[];
      edges: { source: string; target: string; type: string }[];
    };
    const kept = snapshot.entities.filter((e) => e.type === 'Person' || e.type === 'Country');
    expect(doc.nodes.map((n) => n.id).sort()).toEqual(kept.map((e) => e.key).sort());
    const keys = new Set(kept.map((e) => e.key));
    const want = snapshot.relationships.filter(
      (r) => r.type === 'LEADER_OF' && keys.has(r.subjectKey) && keys.has(r.objectKey),
    );
    expect(want.length).toBeGreaterThan(0);
    expect(doc.edges.map((e) => `${e.source} ${e.type} ${e.target}`).sort()).toEqual(
      want.map((r) => `${r.subjectKey} ${r.type} ${r.objectKey}`).sort(),
    );
  });

  it('refuses CSV to stdout and unknown types with exit code 2 and says what to do', async () => {
    const csv = await runNewsgraph(['export', '--format', 'csv'], env);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain('give -o a directory');
    const types = await runNewsgraph(['export', '--format', 'json', '--types', 'Persn'], env);
    expect(types.code).toBe(2);
    expect(types.stderr).toContain('unknown type "Persn"');
  });

  it('fails with exit code 3 naming NEWSGRAPH_SQLITE_PATH when there is no database, creating none', async () => {
    const missing = join(dir, 'nothing-here', 'graph.db');
    const run = await runNewsgraph(['export', '--format', 'json'], {
      NEWSGRAPH_SQLITE_PATH: missing,
    });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('NEWSGRAPH_SQLITE_PATH');
    expect(() => readFileSync(missing)).toThrow();
  });
});
