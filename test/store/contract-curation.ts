import { InvalidInputError, NotFoundError } from '../../src/errors';
import {
  DUPLICATE_ARTICLE_ID,
  duplicateEntityGraph,
} from '../fixtures/graphs/duplicate-entity-article';
import { PUTIN, RUSSIA, V_PUTIN, XI } from '../fixtures/graphs/entities';
import { secondSourceGraph } from '../fixtures/graphs/second-source-article';
import { seedArticleGraph } from '../fixtures/graphs/seed-article';
import type { CurrentStore } from './contract-context';
import { describeUndoAfterChangesContract } from './contract-curation-undo';

const ANALYST = { by: 'analyst@example.org', reason: 'same person' };

export function describeCurationContract(store: CurrentStore): void {
  describe('curation', () => {
    beforeEach(async () => {
      await store().upsertArticle(seedArticleGraph());
      await store().upsertArticle(secondSourceGraph());
      await store().upsertArticle(duplicateEntityGraph());
    });

    describe('mergeEntities', () => {
      it('moves mentions, statements, quotes and names onto the target and records the merge', async () => {
        const [putinBefore, dupBefore] = await store().getEntities([PUTIN.key, V_PUTIN.key]);
        const record = await store().mergeEntities([V_PUTIN.key], PUTIN.key, ANALYST);
        expect(record).toMatchObject({
          into: PUTIN.key,
          merged: [V_PUTIN.key],
          by: ANALYST.by,
          reason: ANALYST.reason,
        });
        expect(typeof record.id).toBe('string');
        expect(Number.isNaN(Date.parse(record.at))).toBe(false);

        const [putin, dup] = await store().getEntities([PUTIN.key, V_PUTIN.key]);
        expect(dup).toBeNull();
        expect(putin).toMatchObject({
          name: 'Vladimir Putin',
          curated: true,
          mentionCount: (putinBefore?.mentionCount ?? 0) + (dupBefore?.mentionCount ?? 0),
          articleCount: 3,
        });
        expect(putin?.aliases).toEqual(
          expect.arrayContaining(['V. Putin', 'President V. Putin', 'Putin']),
        );
        const leader = (
          await store().relationshipsOf([PUTIN.key], { direction: 'OUT', types: ['LEADER_OF'] })
        ).get(PUTIN.key);
        expect(leader).toEqual([
          expect.objectContaining({
            objectKey: RUSSIA.key,
            statementCount: 2,
            maxConfidence: 0.95,
          }),
        ]);
        const hosted = await store().statementsBetween(PUTIN.key, 'HOSTED', XI.key);
        expect(hosted.map((s) => s.articleId)).toContain(DUPLICATE_ARTICLE_ID);
        const quotes = await store().quotesBy(PUTIN.key, { limit: 10, offset: 0 });
        expect(quotes.map((q) => q.articleId)).toEqual([DUPLICATE_ARTICLE_ID]);
        const snapshot = await store().snapshot();
        expect(snapshot.mentions.some((m) => m.entityKey === V_PUTIN.key)).toBe(false);
        expect(snapshot.cooccurrences.some((c) => c.a === V_PUTIN.key || c.b === V_PUTIN.key)).toBe(
          false,
        );
        await expect(store().findEntitiesByName('V. Putin')).resolves.toEqual([
          expect.objectContaining({ key: PUTIN.key }),
        ]);
      });

      it('undoMerge restores exactly the state before the merge', async () => {
        const before = await store().snapshot();
        const [putinBefore] = await store().getEntities([PUTIN.key]);
        const record = await store().mergeEntities([V_PUTIN.key], PUTIN.key, ANALYST);
        expect(await store().snapshot()).not.toEqual(before);
        await store().undoMerge(record.id, { by: 'analyst@example.org' });
        expect(await store().snapshot()).toEqual(before);
        await expect(store().getEntities([PUTIN.key])).resolves.toEqual([putinBefore]);
        await expect(store().undoMerge(record.id, ANALYST)).rejects.toBeInstanceOf(NotFoundError);
      });

      it('keeps a statement that becomes a self-loop but leaves it out of the aggregates', async () => {
        const before = await store().snapshot();
        const record = await store().mergeEntities([XI.key], PUTIN.key, ANALYST);
        const loop = await store().statementsBetween(PUTIN.key, 'MET_WITH', PUTIN.key);
        expect(loop).toHaveLength(2);
        const rels = (await store().relationshipsOf([PUTIN.key], {})).get(PUTIN.key) ?? [];
        expect(rels.some((r) => r.otherKey === PUTIN.key)).toBe(false);
        await store().undoMerge(record.id, ANALYST);
        expect(await store().snapshot()).toEqual(before);
      });

      it('refuses unknown entities and unknown merges', async () => {
        await expect(
          store().mergeEntities(['person:nobody'], PUTIN.key, ANALYST),
        ).rejects.toBeInstanceOf(NotFoundError);
        await expect(
          store().mergeEntities([V_PUTIN.key], 'person:nobody', ANALYST),
        ).rejects.toBeInstanceOf(NotFoundError);
        await expect(store().undoMerge('no-such-merge', ANALYST)).rejects.toBeInstanceOf(
          NotFoundError,
        );
      });
    });

    describe('mergeEntitiesInOrder', () => {
      it('makes each merge in turn, a later one moving what an earlier one moved', async () => {
        const before = await store().getEntities([V_PUTIN.key, PUTIN.key, XI.key]);
        const records = await store().mergeEntitiesInOrder([
          { keys: [V_PUTIN.key], into: PUTIN.key, by: ANALYST },
          { keys: [PUTIN.key], into: XI.key, by: { by: 'analyst@example.org' } },
        ]);
        expect(records).toMatchObject([
          { into: PUTIN.key, merged: [V_PUTIN.key], reason: ANALYST.reason },
          { into: XI.key, merged: [PUTIN.key], by: 'analyst@example.org' },
        ]);
        const [vPutin, putin, xi] = await store().getEntities([V_PUTIN.key, PUTIN.key, XI.key]);
        expect([vPutin, putin]).toEqual([null, null]);
        const mentions = before.reduce((sum, view) => sum + (view?.mentionCount ?? 0), 0);
        expect(xi).toMatchObject({ curated: true, mentionCount: mentions });
        expect(xi?.aliases).toEqual(expect.arrayContaining(['V. Putin', 'Vladimir Putin']));
        await store().undoMerge(records[1]!.id, ANALYST);
        expect((await store().getEntities([PUTIN.key]))[0]?.mentionCount).toBe(
          (before[0]?.mentionCount ?? 0) + (before[1]?.mentionCount ?? 0),
        );
      });

      it('leaves the graph that the same merges made one at a time leave', async () => {
        const merges = [
          { keys: [V_PUTIN.key], into: PUTIN.key, by: ANALYST },
          { keys: [RUSSIA.key], into: XI.key, by: ANALYST },
        ];
        const before = await store().snapshot();
        const oneAtATime = [];
        for (const m of merges) oneAtATime.push(await store().mergeEntities(m.keys, m.into, m.by));
        const separately = await store().snapshot();
        for (const record of oneAtATime.reverse()) await store().undoMerge(record.id, ANALYST);
        expect(await store().snapshot()).toEqual(before);

        await store().mergeEntitiesInOrder(merges);
        const together = await store().snapshot();
        expect(together).toEqual(separately);
        // V. Putin's co-mentions in the third article become Vladimir Putin's.
        expect(
          together.cooccurrences.filter((c) => c.a === PUTIN.key || c.b === PUTIN.key),
        ).toEqual(expect.arrayContaining([expect.objectContaining({ articleCount: 2 })]));
        expect(together.cooccurrences.some((c) => [c.a, c.b].includes(RUSSIA.key))).toBe(false);
      });

      it('records none of the merges when one of them fails', async () => {
        const before = await store().snapshot();
        await expect(
          store().mergeEntitiesInOrder([
            { keys: [V_PUTIN.key], into: PUTIN.key, by: ANALYST },
            { keys: ['person:nobody'], into: XI.key, by: ANALYST },
          ]),
        ).rejects.toBeInstanceOf(NotFoundError);
        expect(await store().snapshot()).toEqual(before);
      });
    });

    describeUndoAfterChangesContract(store);

    describe('addAlias', () => {
      it('adds a trimmed alias that name lookups then find, and marks the entity curated', async () => {
        const view = await store().addAlias(XI.key, '  Chairman Xi ', ANALYST);
        expect(view.aliases).toEqual(['Chairman Xi', 'President Xi', 'Xi']);
        expect(view.curated).toBe(true);
        await expect(store().findEntitiesByName('chairman xi')).resolves.toEqual([view]);
      });

      it('rejects an empty alias and an unknown entity', async () => {
        await expect(store().addAlias(XI.key, '   ', ANALYST)).rejects.toBeInstanceOf(
          InvalidInputError,
        );
        await expect(store().addAlias('person:nobody', 'X', ANALYST)).rejects.toBeInstanceOf(
          NotFoundError,
        );
      });
    });
  });
}
