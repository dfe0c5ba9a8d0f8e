import type { OpenStore } from './api-contract';
import { ask } from './support/ask';
import { MODI, MOSCOW, RUSSIA } from './support/follow-up-articles';
import { XI } from './support/seed-graph';
import type { TestApi } from './support/test-api';
import { errorCodes, writeKey } from './support/test-api';
import { useFollowUpGraphApi } from './support/use-follow-up-graph-api';

const MERGE = `mutation($ids: [ID!]!, $into: ID!, $reason: String) {
  mergeEntities(ids: $ids, into: $into, reason: $reason) {
    id merged by reason at into { id aliases curated mentionCount } } }`;
const UNDO = 'mutation($id: ID!) { undoMerge(id: $id) }';

interface MergeResult {
  id: string;
  merged: string[];
  by: string;
  reason: string | null;
  at: string;
  into: { id: string; aliases: string[]; curated: boolean; mentionCount: number };
}

async function merge(t: TestApi, ids: string[], into: string, reason?: string) {
  const data = await ask<{ mergeEntities: MergeResult }>(t, MERGE, { ids, into, reason }, writeKey);
  return data.mergeEntities;
}

async function undo(t: TestApi, id: string) {
  return t.graphql<{ undoMerge: boolean }>(UNDO, { id }, writeKey);
}

/**
 * Everything a merge may touch (pages of 40, beyond any of these entities' lists and within the
 * query cost limit for four of them), for each id, as the API shows it: identity, aliases, counts,
 * curated flag, relationships with their counts and co-occurrences. Null for a missing entity.
 */
async function picture(t: TestApi, ids: readonly string[]): Promise<Record<string, unknown>> {
  const fields = ids.map(
    (id, i) => `e${i}: entity(id: ${JSON.stringify(id)}) { ...Whole }
      c${i}: cooccurrences(entity: ${JSON.stringify(id)}, first: 40) { entity { id } count articleCount }`,
  );
  return ask<Record<string, unknown>>(
    t,
    `fragment Whole on Entity { id type name aliases mentionCount articleCount curated
       relationships(first: 40) { nodes { type subject { id } object { id } statementCount
         articleCount sourceCount maxConfidence } } }
     { ${fields.join(' ')} }`,
  );
}

/** The seed's Kremlin, found by its name rather than by the key the resolver happened to give. */
async function kremlinId(t: TestApi): Promise<string> {
  const data = await ask<{ entityByName: { id: string } | null }>(
    t,
    '{ entityByName(name: "Kremlin", type: Location) { id } }',
  );
  if (!data.entityByName) throw new Error('the seed graph has no Kremlin');
  return data.entityByName.id;
}

/** `mergeEntities` and `undoMerge` over HTTP, with the conflicts docs/store-semantics.md names. */
export function describeMergeAndUndo(openStore: OpenStore): void {
  describe('mergeEntities and undoMerge', () => {
    const getApi = useFollowUpGraphApi(openStore);

    it('merging the Kremlin into Moscow moves its name and links, and undoMerge restores the graph exactly', async () => {
      const t = getApi();
      const kremlin = await kremlinId(t);
      const ids = [kremlin, MOSCOW, XI];
      const before = await picture(t, ids);
      const visits = async () =>
        (
          await ask<{
            entity: {
              relationships: { nodes: { other: { id: string }; statementCount: number }[] };
            };
          }>(
            t,
            `{ entity(id: "${XI}") { relationships(types: [VISITED], direction: OUT) { nodes { other { id } statementCount } } } }`,
          )
        ).entity.relationships.nodes;
      const visitsBefore = await visits();

      const record = await merge(t, [kremlin], MOSCOW, 'the Kremlin stands in Moscow');
      expect(record).toMatchObject({
        merged: [kremlin],
        reason: 'the Kremlin stands in Moscow',
        by: expect.stringMatching(/^api /),
        into: { id: MOSCOW, curated: true },
      });
      expect(record.into.aliases).toContain('Kremlin');
      const counts = before as Record<string, { mentionCount: number } | null>;
      expect(record.into.mentionCount).toBe(
        (counts['e0']?.mentionCount ?? 0) + (counts['e1']?.mentionCount ?? 0),
      );
      const merged = await picture(t, ids);
      expect(merged['e0']).toBeNull();
      expect(await visits()).toEqual([
        {
          other: { id: MOSCOW },
          statementCount: visitsBefore.reduce((sum, v) => sum + v.statementCount, 0),
        },
      ]);

      const undone = await undo(t, record.id);
      expect(undone.body).toEqual({ data: { undoMerge: true } });
      expect(await picture(t, ids)).toEqual(before);
    });

    it('undoing a merge twice, or one never made, is NOT_FOUND', async () => {
      const t = getApi();
      const record = await merge(t, [await kremlinId(t)], MOSCOW);
      expect((await undo(t, record.id)).body.data?.undoMerge).toBe(true);
      expect(errorCodes(await undo(t, record.id))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await undo(t, 'merge_never-made'))).toEqual(['NOT_FOUND']);
    });

    it('undoing a merge whose target was merged on is CONFLICT naming the later merge, and changes nothing', async () => {
      const t = getApi();
      const kremlin = await kremlinId(t);
      const ids = [kremlin, MOSCOW, RUSSIA, XI];
      const original = await picture(t, ids);
      const first = await merge(t, [kremlin], MOSCOW);
      const second = await merge(t, [MOSCOW], RUSSIA);
      const standing = await picture(t, ids);

      const refused = await undo(t, first.id);
      expect(errorCodes(refused)).toEqual(['CONFLICT']);
      expect(refused.body.errors?.[0]?.message).toContain(
        `merge ${second.id}; undo that merge first`,
      );
      expect(await picture(t, ids)).toEqual(standing);

      // Undone in the order the message asks for, both go and the graph is as it was.
      expect((await undo(t, second.id)).body.data?.undoMerge).toBe(true);
      expect((await undo(t, first.id)).body.data?.undoMerge).toBe(true);
      expect(await picture(t, ids)).toEqual(original);
    });

    it('undoing a merge after an ingest re-created the merged entity is CONFLICT, and changes nothing', async () => {
      const t = getApi();
      const wrong = await merge(t, [MODI], XI, 'a slip of the mouse');
      const ingested = await ask<{ ingestArticle: { status: string; entities: { id: string }[] } }>(
        t,
        `mutation($input: ArticleInput!) { ingestArticle(input: $input) { status entities { id } } }`,
        {
          input: {
            id: 'modi-in-washington',
            source: 'Fourth Desk',
            publishedAt: '2025-07-01',
            text: 'Indian Prime Minister Narendra Modi visited Washington on Tuesday.',
          },
        },
        writeKey,
      );
      expect(ingested.ingestArticle.status).toBe('created');
      expect(ingested.ingestArticle.entities.map((e) => e.id)).toContain(MODI);
      const standing = await picture(t, [MODI, XI]);

      const refused = await undo(t, wrong.id);
      expect(errorCodes(refused)).toEqual(['CONFLICT']);
      expect(refused.body.errors?.[0]?.message).toMatch(/exists again .* Nothing was changed/);
      expect(await picture(t, [MODI, XI])).toEqual(standing);
    });
  });
}
