import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RELATION_TYPES } from '../../../model/entity-types';
import { findCypherRoot } from '../cypher-registry';
import { QUERY_CYPHER_NAMES } from './query-cypher-names';

const root = findCypherRoot();

/** Every `[r:A|B|…]` union in a statement, as its list of types. */
function typeUnions(name: string): string[][] {
  const text = readFileSync(join(root, `${name}.cypher`), 'utf8');
  return [...text.matchAll(/\[\w+:([A-Z_|]+)\]/g)].map((m) => (m[1] as string).split('|'));
}

describe('cypher/queries walks aggregated relationships only', () => {
  it.each(['queries/read-adjacency', 'queries/neighbourhood', 'queries/common-neighbours'])(
    '%s names exactly the relation allow-list in every typed pattern',
    (name) => {
      const unions = typeUnions(name);
      expect(unions.length).toBeGreaterThan(0);
      for (const union of unions) expect(union).toEqual([...RELATION_TYPES]);
    },
  );

  it('never walks a relationship without a type list', () => {
    for (const name of QUERY_CYPHER_NAMES) {
      const text = readFileSync(join(root, `${name}.cypher`), 'utf8');
      // An untyped `-[r]-` would reach MENTIONS, SUBJECT/OBJECT and CO_MENTIONED.
      expect({ name, untyped: /-\[\w*\]-|-\[\w*\*/.test(text) }).toEqual({ name, untyped: false });
    }
  });
});
