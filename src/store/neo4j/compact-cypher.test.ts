import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compactCypher } from './compact-cypher';
import { findCypherRoot } from './cypher-registry';

const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'cypher');

/** A statement kept under test/fixtures/cypher (Cypher stays out of TypeScript). */
function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

describe('compactCypher', () => {
  it('drops line and block comments and collapses whitespace between tokens', () => {
    const text = fixture('commented.cypher');
    expect(compactCypher(text)).toBe(fixture('commented.compacted.cypher').replace(/\n$/, ''));
  });

  it('copies string literals and quoted names exactly, escapes included', () => {
    const text = fixture('literals.cypher');
    expect(compactCypher(text)).toBe(fixture('literals.compacted.cypher').replace(/\n$/, ''));
  });

  it('rejects an unterminated literal rather than sending half a statement', () => {
    expect(() => compactCypher(fixture('unterminated.cypher'))).toThrow(
      "unterminated ' in a Cypher statement",
    );
  });

  it('cuts the busiest read, the 2-hop neighbourhood, by a third: it travels on every request', () => {
    const file = readFileSync(join(findCypherRoot(), 'queries', 'neighbourhood.cypher'), 'utf8');
    const compacted = compactCypher(file);
    expect(compacted.length).toBeLessThan(file.length * 0.7);
    expect(compacted).not.toContain('//');
    const firstCodeLine = file.split('\n').find((line) => line !== '' && !line.startsWith('//'));
    expect(compacted.startsWith(firstCodeLine ?? '\u0000')).toBe(true);
  });
});
