import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENTITY_TYPES } from '../../model/entity-types';
import { CYPHER_NAMES } from './cypher-names';
import { findCypherRoot, loadCypherRegistry, splitStatements } from './cypher-registry';

const root = findCypherRoot();

describe('loadCypherRegistry', () => {
  it('loads every named statement and the migrations in order', () => {
    const registry = loadCypherRegistry(root);
    for (const name of CYPHER_NAMES) expect(registry.get(name)).not.toBe('');
    const versions = registry.migrations.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(versions[0]).toBe(1);
  });

  it('fails at once naming the missing file', () => {
    const copy = mkdtempSync(join(tmpdir(), 'newsgraph-cypher-'));
    try {
      cpSync(root, copy, { recursive: true });
      rmSync(join(copy, 'quote', 'quotes-by.cypher'));
      expect(() => loadCypherRegistry(copy)).toThrow(
        `Cypher statement 'quote/quotes-by' is missing: expected the file ${join(copy, 'quote', 'quotes-by.cypher')}`,
      );
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('finds cypher/ from a built layout (dist/store/neo4j) as from the sources', () => {
    const install = mkdtempSync(join(tmpdir(), 'newsgraph-install-'));
    try {
      writeFileSync(join(install, 'package.json'), '{}');
      mkdirSync(join(install, 'cypher'));
      mkdirSync(join(install, 'dist', 'store', 'neo4j'), { recursive: true });
      expect(findCypherRoot(join(install, 'dist', 'store', 'neo4j'))).toBe(join(install, 'cypher'));
    } finally {
      rmSync(install, { recursive: true, force: true });
    }
  });
});

describe('splitStatements', () => {
  it('splits a migration on line-ending semicolons and drops comment lines', () => {
    expect(splitStatements('// why\nCREATE A;\nCREATE B\n  OPTIONS {};\n')).toEqual([
      'CREATE A',
      'CREATE B\n  OPTIONS {}',
    ]);
  });
});

/** A statement's text without its comment lines. */
function codeOf(name: string): string {
  const text = readFileSync(join(root, `${name}.cypher`), 'utf8');
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
}

/** The labels or relationship types a dispatching statement writes, in file order. */
function dispatched(name: string, pattern: RegExp): string[] {
  const text = readFileSync(join(root, `${name}.cypher`), 'utf8');
  return [...text.matchAll(pattern)].map((m) => m[1] as string);
}

describe('labels and relationship types in Cypher come from the allow-lists', () => {
  it.each(['entity/merge-entities', 'merge/restore-entities'])(
    '%s sets exactly one label per entity type',
    (name) => {
      const labels = dispatched(
        name,
        /e\.type = '(\w+)' THEN \[1\] ELSE \[\] END \| SET e:(?:\w+)\)/g,
      );
      const setLabels = dispatched(name, /\| SET e:(\w+)\)/g);
      expect(labels).toEqual([...ENTITY_TYPES]);
      expect(setLabels).toEqual(labels);
    },
  );

  it('relationship/recompute-relationships writes a dynamic type only from $relationTypes', () => {
    const code = codeOf('relationship/recompute-relationships');
    // Every dynamic type is the triple's, and the triples are filtered on the allow-list first.
    expect([...code.matchAll(/:\$\(([^)]*)\)/g)].map((m) => m[1])).toEqual(['t.type', 't.type']);
    expect(code.indexOf('WITH t WHERE t.type IN $relationTypes')).toBeGreaterThan(-1);
    expect(code.indexOf('WITH t WHERE t.type IN $relationTypes')).toBeLessThan(code.indexOf('$('));
  });
});
