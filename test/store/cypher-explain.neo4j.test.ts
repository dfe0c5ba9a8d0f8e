import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { RELATION_TYPES } from '../../src/model/entity-types';
import { Neo4jGraphStore, findCypherRoot } from '../../src/store/neo4j';
import { clearDatabase, connectTestDriver } from '../support/neo4j';

/** A value of the right type for every parameter name the statements use. */
const DUMMY_PARAMS: Record<string, unknown> = {
  id: 'dummy-id',
  key: 'person:dummy',
  into: 'person:dummy',
  articleId: 'dummy-article',
  subjectKey: 'person:a',
  objectKey: 'person:b',
  speakerKey: 'person:a',
  type: 'MET_WITH',
  form: 'dummy',
  query: '(dummy dummy* dummy~1)',
  alias: 'Dummy',
  by: 'analyst',
  reason: 'dummy',
  at: '2025-01-01T00:00:00.000Z',
  appliedAt: '2025-01-01T00:00:00.000Z',
  undo: '{}',
  since: '2025-01-01',
  until: '2025-12-31',
  direction: 'BOTH',
  version: 1,
  timeoutSeconds: 10,
  minConfidence: 0.5,
  minSources: 1,
  limit: neo4j.int(10),
  offset: neo4j.int(0),
  after: neo4j.int(0),
  upTo: neo4j.int(10),
  curated: true,
  keys: ['person:a'],
  mergedKeys: ['person:b'],
  articleIds: ['dummy-article'],
  hashes: ['abc'],
  ids: ['dummy-id'],
  forms: [{ index: 0, form: 'dummy' }],
  types: ['Person'],
  relationTypes: [...RELATION_TYPES],
  withRelationships: true,
  withViews: true,
  identityViews: false,
  aliases: ['Dummy'],
  normalisedAliases: ['dummy'],
  merged: ['person:b'],
  merges: [
    { index: 0, into: 'person:a', mergedKeys: ['person:b'], keys: ['person:a', 'person:b'] },
  ],
  scopes: [{ articleIds: ['dummy-article'], keys: ['person:a', 'person:b'] }],
  intos: ['person:a'],
  rows: [],
  triples: [],
  removals: [],
  additions: [],
  article: { id: 'dummy-article', source: 'Dummy News', wordCount: 1 },
  fromKey: 'person:a',
  toKey: 'person:b',
  source: 'Dummy News',
  mentions: ['person:a'],
  participants: ['person:a'],
  place: 'country:dummy',
  depth: neo4j.int(2),
};

function cypherFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'migrations' ? [] : cypherFiles(path);
    return name.endsWith('.cypher') ? [path] : [];
  });
}

const root = findCypherRoot();
const files = cypherFiles(root).map((path) => ({ name: relative(root, path), path }));

let driver: Driver;

beforeAll(async () => {
  driver = connectTestDriver();
  // The full-text procedure needs its index to exist even to plan.
  await new Neo4jGraphStore(driver).migrate();
});

afterAll(async () => {
  await clearDatabase(driver);
  await driver.close();
});

describe('every Cypher statement under cypher/', () => {
  it('finds the statements', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it.each(files)('$name plans with EXPLAIN against Neo4j', async ({ path }) => {
    const text = readFileSync(path, 'utf8');
    const names = [...new Set([...text.matchAll(/\$([A-Za-z]\w*)/g)].map((m) => m[1] as string))];
    const missing = names.filter((name) => !(name in DUMMY_PARAMS));
    expect(missing).toEqual([]);
    const params = Object.fromEntries(names.map((name) => [name, DUMMY_PARAMS[name]]));
    const result = await driver.executeQuery(`EXPLAIN ${text}`, params);
    expect(result.summary.plan).not.toBe(false);
  });
});

/** The ```cypher blocks of cypher/README.md: the documented answers must be valid Cypher too. */
const readmeExamples = [
  ...readFileSync(join(root, 'README.md'), 'utf8').matchAll(/```cypher\n([\s\S]*?)```/g),
].map((m, i) => ({ name: `example ${i + 1}`, text: m[1] as string }));

describe('the examples in cypher/README.md', () => {
  it('are there', () => {
    expect(readmeExamples.length).toBeGreaterThanOrEqual(4);
  });

  it.each(readmeExamples)('$name plans with EXPLAIN', async ({ text }) => {
    const result = await driver.executeQuery(`EXPLAIN ${text}`);
    expect(result.summary.plan).not.toBe(false);
  });
});

describe('migrations', () => {
  it('create the uniqueness constraints and the entity name full-text index', async () => {
    const constraints = await driver.executeQuery(
      'SHOW CONSTRAINTS YIELD labelsOrTypes, properties RETURN labelsOrTypes[0] + "." + properties[0] AS c',
    );
    expect(constraints.records.map((r) => r.get('c') as string).sort()).toEqual(
      expect.arrayContaining([
        'Article.id',
        'Entity.key',
        'MergeRecord.id',
        'Quote.id',
        'Source.name',
        'Statement.id',
      ]),
    );
    const fulltext = await driver.executeQuery(
      "SHOW FULLTEXT INDEXES YIELD name, state WHERE name = 'entity_names' RETURN state",
    );
    expect(fulltext.records.map((r) => r.get('state') as string)).toEqual(['ONLINE']);
  });

  it('index merges by the entity they went into, so reading them seeks instead of scanning', async () => {
    const text = readFileSync(join(root, 'merge/standing-merges-into.cypher'), 'utf8');
    const result = await driver.executeQuery(`EXPLAIN ${text}`, { intos: ['person:a'] });
    const operators: string[] = [];
    const walk = (plan: { operatorType: string; children: unknown[] }) => {
      operators.push(plan.operatorType);
      for (const child of plan.children) walk(child as typeof plan);
    };
    walk(result.summary.plan as unknown as { operatorType: string; children: unknown[] });
    expect(operators.some((o) => o.startsWith('NodeIndexSeek'))).toBe(true);
    expect(operators.some((o) => o.startsWith('NodeByLabelScan'))).toBe(false);
  });

  it('can run twice, and concurrently, ending at the same version', async () => {
    // Without a recorded version every migrator re-applies every command at the same time.
    await clearDatabase(driver);
    const store = new Neo4jGraphStore(driver);
    const versions = await Promise.all([store.migrate(), store.migrate(), store.migrate()]);
    expect(new Set(versions).size).toBe(1);
    await expect(store.schemaVersion()).resolves.toBe(versions[0]);
  });
});
