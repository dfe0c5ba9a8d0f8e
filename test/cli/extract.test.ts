import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExtractionResult } from '../../src/model/extraction';
import { runNewsgraph } from './spawn-newsgraph';

const SEED = join(__dirname, '../../../shared/corpus/seed-xi-moscow-victory-day.txt');

describe('newsgraph extract', () => {
  it('prints the ExtractionResult contract of a text file with --json', async () => {
    const { code, stdout } = await runNewsgraph(['extract', SEED, '--json']);
    expect(code).toBe(0);
    const r = JSON.parse(stdout) as ExtractionResult;
    expect(Object.keys(r)).toEqual(
      expect.arrayContaining([
        'id',
        'title',
        'text',
        'entities',
        'relations',
        'quotes',
        'dates',
        'roles',
        'cooccurrences',
      ]),
    );
    expect(r.entities.map((e) => e.name)).toEqual(
      expect.arrayContaining(['Vladimir Putin', 'Xi Jinping']),
    );
    for (const x of r.relations)
      expect(r.text.slice(x.evidence.start, x.evidence.end)).toBe(x.evidence.text);
  });

  it('writes one line per NDJSON input line, in order, with errors in place and exit code 1', async () => {
    const lines = [
      JSON.stringify({
        id: 'a1',
        text: 'Tony Blair met Jacques Chirac in Paris on Monday.',
        publishedAt: '2005-03-02',
      }),
      '{"id": broken',
      JSON.stringify({ id: 'a3', text: 'Gordon Brown visited China last month.' }),
    ];
    const { code, stdout } = await runNewsgraph(
      ['extract', '-', '--ndjson'],
      {},
      { stdin: `${lines.join('\n')}\n` },
    );
    expect(code).toBe(1);
    const out = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out).toHaveLength(3);
    expect(out[0]?.['id']).toBe('a1');
    expect(out[1]).toEqual({
      error: { code: 'INVALID_ARTICLE', message: expect.stringContaining('line 2'), line: 2 },
    });
    expect(out[2]?.['id']).toBe('a3');
    const met = (out[0] as unknown as ExtractionResult).relations.find(
      (x) => x.type === 'MET_WITH',
    );
    expect(met?.date).toEqual({ value: '2005-02-28', precision: 'day' });
  });

  it('reports an article with no text left after cleaning and fails with exit code 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-extract-'));
    const file = join(dir, 'empty.json');
    writeFileSync(
      file,
      JSON.stringify({ id: 'only-credit', text: 'Photo by Someone via Wikimedia Commons.' }),
    );
    const { code, stderr } = await runNewsgraph(['extract', file, '--json']);
    expect(code).toBe(1);
    expect(stderr).toContain('empty.json');
  });
});
