import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compactCypher } from './compact-cypher';
import { findCypherRoot } from './cypher-registry';

describe('compactCypher', () => {
  it('drops line and block comments and collapses whitespace between tokens', () => {
    const text = [
      '// what this reads',
      'MATCH (e:Entity {key: $key})   // the start',
      '',
      '   /* a block',
      '      comment */ WHERE e.type IN $types',
      'RETURN   e.name AS name',
    ].join('\n');
    expect(compactCypher(text)).toBe(
      'MATCH (e:Entity {key: $key})\nWHERE e.type IN $types\nRETURN e.name AS name',
    );
  });

  it('copies string literals and quoted names exactly, escapes included', () => {
    const text =
      'RETURN \'http://x  //y\' AS a, "it\\"s  /* not a comment */" AS b, `odd  // name` AS c // gone';
    expect(compactCypher(text)).toBe(
      'RETURN \'http://x  //y\' AS a, "it\\"s  /* not a comment */" AS b, `odd  // name` AS c',
    );
  });

  it('rejects an unterminated literal rather than sending half a statement', () => {
    expect(() => compactCypher("RETURN 'open")).toThrow("unterminated ' in a Cypher statement");
  });

  it('cuts the busiest read, the 2-hop neighbourhood, by a third: it travels on every request', () => {
    const file = readFileSync(join(findCypherRoot(), 'queries', 'neighbourhood.cypher'), 'utf8');
    const compacted = compactCypher(file);
    expect(compacted.length).toBeLessThan(file.length * 0.7);
    expect(compacted).not.toContain('//');
    expect(compacted.startsWith('MATCH (s:Entity {key: $key})')).toBe(true);
  });
});
