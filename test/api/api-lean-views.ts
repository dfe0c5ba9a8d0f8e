import { XI } from './support/seed-graph';
import type { TestApi } from './support/test-api';

interface Shown {
  id: string;
  type: string;
  name: string;
  aliases?: string[];
  mentionCount?: number;
  articleCount?: number;
}

/** The whole entity as a plain `entity(id)` gives it, for each id, in one request. */
async function wholeEntities(t: TestApi, ids: readonly string[]): Promise<Map<string, Shown>> {
  const fields = ids.map((id, i) => `e${i}: entity(id: ${JSON.stringify(id)}) { ...Whole }`);
  const r = await t.graphql<Record<string, Shown>>(
    `fragment Whole on Entity { id type name aliases mentionCount articleCount }
     { ${fields.join(' ')} }`,
  );
  expect(r.body.errors).toBeUndefined();
  return new Map(Object.values(r.body.data ?? {}).map((e) => [e.id, e]));
}

/**
 * A query that shows only names and types of neighbours or search hits lets the store send
 * those alone (`viewFields: 'identity'`): the answer must be the same as with whole views, and
 * those partial views must never answer another field of the same request.
 */
export function describeLeanViews(getApi: () => TestApi): void {
  describe('neighbours and search hits shown by name only', () => {
    it('give the same neighbours and hits, with the same names and types, as whole views', async () => {
      const r = await getApi().graphql<{
        lean: { neighbors: { entities: { distance: number; entity: Shown }[] } };
        whole: { neighbors: { entities: { distance: number; entity: Shown }[] } };
        leanSearch: { nodes: Shown[] };
        wholeSearch: { edges: { node: Shown }[] };
      }>(
        `query($id: ID!) {
           lean: entity(id: $id) { neighbors(depth: 2) { entities { distance entity { id type name } } } }
           whole: entity(id: $id) { neighbors(depth: 2) { entities { distance entity { id type name aliases } } } }
           leanSearch: searchEntities(query: "Vladimir Putn", first: 5) { nodes { id type name } }
           wholeSearch: searchEntities(query: "Vladimir Putn", first: 5) { edges { node { id type name aliases } } } }`,
        { id: XI },
      );
      expect(r.body.errors).toBeUndefined();
      const data = r.body.data;
      const whole = data?.whole.neighbors.entities ?? [];
      expect(whole.length).toBeGreaterThan(1);
      expect(data?.lean.neighbors.entities).toEqual(
        whole.map(({ distance, entity: { id, type, name } }) => ({
          distance,
          entity: { id, type, name },
        })),
      );
      const hits = data?.wholeSearch.edges.map((e) => e.node) ?? [];
      expect(hits[0]?.name).toBe('Vladimir Putin');
      expect(data?.leanSearch.nodes).toEqual(
        hits.map(({ id, type, name }) => ({ id, type, name })),
      );
      // The whole views are the entities themselves.
      const truth = await wholeEntities(getApi(), [
        ...whole.map((n) => n.entity.id),
        ...hits.map((h) => h.id),
      ]);
      for (const { entity } of whole) expect(entity.aliases).toEqual(truth.get(entity.id)?.aliases);
      for (const hit of hits) expect(hit.aliases).toEqual(truth.get(hit.id)?.aliases);
    });

    it('never answer other fields of the same request with their absent fields', async () => {
      // The neighbours' relationships name other neighbours, loaded after the neighbourhood.
      const r = await getApi().graphql<{
        entity: {
          neighbors: {
            entities: { entity: { id: string; relationships: { nodes: { other: Shown }[] } } }[];
          };
        };
        searchEntities: {
          nodes: { id: string; relationships: { nodes: { other: Shown }[] } }[];
        };
      }>(
        `fragment Others on Entity { relationships(first: 10) { nodes { other { id type name aliases mentionCount articleCount } } } }
         query($id: ID!) {
           entity(id: $id) { neighbors(depth: 2, limit: 10) { entities { entity { id ...Others } } } }
           searchEntities(query: "Xi Jinping", first: 3) { nodes { id ...Others } } }`,
        { id: XI },
      );
      expect(r.body.errors).toBeUndefined();
      const others = [
        ...(r.body.data?.entity.neighbors.entities ?? []).map((n) => n.entity),
        ...(r.body.data?.searchEntities.nodes ?? []),
      ].flatMap((e) => e.relationships.nodes.map((n) => n.other));
      expect(others.length).toBeGreaterThan(1);
      const truth = await wholeEntities(getApi(), [...new Set(others.map((o) => o.id))]);
      for (const other of others) expect(other).toEqual(truth.get(other.id));
    });
  });
}
