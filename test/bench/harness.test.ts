import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { misspell } from '../../bench/api-queries';
import { parseBenchArgs } from '../../bench/bench-args';
import { recordCopy, writeRepeatedNdjson } from '../../bench/corpus';
import type { Figure } from '../../bench/figure';
import { verdict } from '../../bench/figure';
import { figuresAsJson, formatTable } from '../../bench/format-table';
import { peerTypeDefs, relationFieldName } from '../../bench/neo4j-graphql-peer';
import { percentile, perSecond } from '../../bench/stats';

describe('percentile', () => {
  it('returns an observed sample by nearest rank, whatever the input order', () => {
    const samples = [9, 1, 5, 3, 7];
    expect(percentile(samples, 50)).toBe(5);
    expect(percentile(samples, 0)).toBe(1);
    expect(percentile(samples, 100)).toBe(9);
  });

  it('puts p99 of 100 samples on the 99th smallest', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(samples, 99)).toBe(99);
    expect(percentile(samples, 50)).toBe(50);
  });

  it('refuses an empty sample list and a percentile outside 0–100', () => {
    expect(() => percentile([], 50)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(/0–100, found 101/);
  });
});

describe('perSecond', () => {
  it('turns units over milliseconds into units per second', () => {
    expect(perSecond(500, 250)).toBe(2000);
  });

  it('rejects a zero duration instead of reporting infinity', () => {
    expect(() => perSecond(1, 0)).toThrow(RangeError);
  });
});

describe('verdict', () => {
  const base = { section: 'ingest', name: 'x', unit: 'u' } as const;

  it('passes an at-least target on equality and a below target only strictly under', () => {
    expect(verdict({ ...base, value: 500, target: { atLeast: 500 } })).toBe('pass');
    expect(verdict({ ...base, value: 499, target: { atLeast: 500 } })).toBe('fail');
    expect(verdict({ ...base, value: 400, target: { below: 400 } })).toBe('fail');
    expect(verdict({ ...base, value: 399, target: { below: 400 } })).toBe('pass');
  });

  it('says n/a without a target and pending without a value', () => {
    expect(verdict({ ...base, value: 1 })).toBe('n/a');
    expect(verdict({ ...base, value: null, target: { below: 1 } })).toBe('pending');
  });
});

describe('formatTable', () => {
  const figures: Figure[] = [
    {
      section: 'extraction',
      name: 'end to end, 1 worker',
      value: 61722.4,
      unit: 'tokens/s',
      target: { atLeast: 250000 },
      note: '200 articles',
    },
    { section: 'api', name: 'search p99', value: null, unit: 'ms', note: 'pending' },
  ];

  it('prints a header, a rule and one aligned row per figure with value, target and verdict', () => {
    const lines = formatTable(figures).trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^section\s+figure\s+value\s+target\s+verdict\s+note$/);
    expect(lines[2]).toContain('61,722 tokens/s');
    expect(lines[2]).toContain('≥ 250,000 tokens/s');
    expect(lines[2]).toContain('fail');
    expect(lines[3]).toContain('—');
    expect(lines[3]).toContain('pending');
    // Columns line up: the value column starts at the same offset on every row.
    const valueColumn = (lines[0] ?? '').indexOf('value');
    expect((lines[2] ?? '').slice(valueColumn)).toMatch(/^61,722/);
    expect((lines[3] ?? '').slice(valueColumn)).toMatch(/^—/);
  });

  it('gives the same figures as JSON, each with its verdict', () => {
    const json = figuresAsJson(figures, { machine: { cores: 2 } });
    expect(json.machine).toEqual({ cores: 2 });
    expect(json.figures.map((f) => f.verdict)).toEqual(['fail', 'pending']);
  });
});

describe('corpus repetition', () => {
  it('leaves the first copy as it is and gives later copies a new id and title, same text', () => {
    const record = { id: 'tech/001', title: 'Chips', text: 'Body.', category: 'tech' };
    expect(recordCopy(record, 0)).toBe(record);
    expect(recordCopy(record, 3)).toEqual({
      id: 'tech/001~copy3',
      title: 'Chips (copy 3)',
      text: 'Body.',
      category: 'tech',
    });
  });

  it('writes N copies of every line with ids unique across the whole file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-corpus-test-'));
    try {
      const source = join(dir, 'in.ndjson');
      const target = join(dir, 'out.ndjson');
      writeFileSync(
        source,
        '{"id":"a","title":"A","text":"x"}\n\n{"id":"b","title":"B","text":"y"}\n',
      );
      expect(await writeRepeatedNdjson(source, target, 3)).toBe(6);
      const records = readFileSync(target, 'utf8')
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as { id: string; title: string; text: string });
      expect(records.map((r) => r.id)).toEqual([
        'a',
        'b',
        'a~copy1',
        'b~copy1',
        'a~copy2',
        'b~copy2',
      ]);
      expect(new Set(records.map((r) => `${r.title}\u0000${r.text}`)).size).toBe(6);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a repetition count that is not a positive whole number', async () => {
    await expect(writeRepeatedNdjson('unused', 'unused', 0)).rejects.toThrow(RangeError);
  });
});

describe('parseBenchArgs', () => {
  it('reads the switches and rejects unknown ones with the usage', () => {
    expect(parseBenchArgs(['--json', '--quick', '--extraction-limit', '50'])).toMatchObject({
      json: true,
      quick: true,
      neo4j: true,
      api: true,
      extractionLimit: 50,
    });
    expect(parseBenchArgs(['--no-neo4j']).neo4j).toBe(false);
    expect(() => parseBenchArgs(['--fast'])).toThrow(/unknown argument --fast[\s\S]*usage/);
    expect(() => parseBenchArgs(['--extraction-limit', 'x'])).toThrow(/positive whole number/);
  });
});

describe('misspell', () => {
  it('drops the last letter but one of the longest word, so search has a one-letter typo', () => {
    expect(misspell('Tony Blair')).toBe('Tony Blar');
    expect(misspell('Gordon Brown')).toBe('Gordn Brown');
  });

  it('leaves names too short to misspell fairly as they are', () => {
    expect(misspell('Al Xi')).toBe('Al Xi');
  });
});

describe('the @neo4j/graphql peer type definitions', () => {
  it('name relationship fields in camel case after our relation types', () => {
    expect(relationFieldName('MET_WITH')).toBe('metWith');
    expect(relationFieldName('IN_CONFLICT_WITH')).toBe('inConflictWith');
  });

  it('map every relation type and traverse only those in the 2-hop field, never CO_MENTIONED', () => {
    const typeDefs = peerTypeDefs(['MET_WITH', 'LEADER_OF']);
    expect(typeDefs).toContain('type Entity @node(labels: ["Entity"])');
    expect(typeDefs).toContain(
      'metWith: [Entity!]! @relationship(type: "MET_WITH", direction: OUT',
    );
    expect(typeDefs).toContain('leaderOf: [Entity!]! @relationship(type: "LEADER_OF"');
    expect(typeDefs).toContain('(this)-[:MET_WITH|LEADER_OF*1..2]-(n:Entity)');
    expect(typeDefs).not.toContain('CO_MENTIONED');
  });
});
