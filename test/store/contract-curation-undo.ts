import { StoreConflictError } from '../../src/errors';
import {
  DUPLICATE_ARTICLE_ID,
  duplicateEntityGraph,
} from '../fixtures/graphs/duplicate-entity-article';
import { PUTIN, V_PUTIN, XI } from '../fixtures/graphs/entities';
import type { CurrentStore } from './contract-context';
import { resolvedAs, revisedGraph } from './curation-graph-variants';

const ANALYST = { by: 'analyst@example.org', reason: 'same person' };

/**
 * undoMerge after the graph has moved on (docs/store-semantics.md, undoMerge): it never brings
 * back what articles no longer hold, never drops an analyst's alias, and refuses, changing
 * nothing, when it cannot be done safely. Runs inside describeCurationContract's fixtures (the
 * seed, second-source and duplicate-entity articles are stored).
 */
export function describeUndoAfterChangesContract(store: CurrentStore): void {
  describe('undoMerge after later changes', () => {
    it('refuses with StoreConflictError, changing nothing, when an ingest has re-created a merged entity', async () => {
      const record = await store().mergeEntities([V_PUTIN.key], PUTIN.key, ANALYST);
      await store().upsertArticle(revisedGraph(duplicateEntityGraph()));
      const [recreated] = await store().getEntities([V_PUTIN.key]);
      expect(recreated).toMatchObject({ mentionCount: 2, articleCount: 1 });
      const before = await store().snapshot();

      const refusal = store().undoMerge(record.id, ANALYST);
      await expect(refusal).rejects.toBeInstanceOf(StoreConflictError);
      await expect(refusal).rejects.toThrow(
        new RegExp(`${V_PUTIN.key} exists again.*Nothing was changed.*merge ${V_PUTIN.key} into`),
      );
      expect(await store().snapshot()).toEqual(before);
    });

    it('can be done once the re-created entity is gone, and brings back nothing its articles lost', async () => {
      await store().deleteArticle(DUPLICATE_ARTICLE_ID);
      const withoutArticle = await store().snapshot();
      const [putinWithoutArticle] = await store().getEntities([PUTIN.key]);
      await store().upsertArticle(duplicateEntityGraph());

      const record = await store().mergeEntities([V_PUTIN.key], PUTIN.key, ANALYST);
      await store().upsertArticle(revisedGraph(duplicateEntityGraph()));
      await store().deleteArticle(DUPLICATE_ARTICLE_ID);
      await store().undoMerge(record.id, ANALYST);

      expect(await store().snapshot()).toEqual(withoutArticle);
      await expect(store().getEntities([PUTIN.key, V_PUTIN.key])).resolves.toEqual([
        putinWithoutArticle,
        null,
      ]);
    });

    it('leaves an article re-ingested since the merge as the re-ingest wrote it', async () => {
      const relinked = resolvedAs(duplicateEntityGraph(), V_PUTIN.key, PUTIN);
      await store().upsertArticle(relinked);
      const relinkedWithoutMerge = await store().snapshot();
      await store().upsertArticle(duplicateEntityGraph());

      const record = await store().mergeEntities([V_PUTIN.key], PUTIN.key, ANALYST);
      await store().upsertArticle(relinked);
      await store().undoMerge(record.id, ANALYST);

      // The re-ingest credited Putin with every statement of the article; none goes to V. Putin,
      // who, left without a mention anywhere, is not restored.
      expect(await store().snapshot()).toEqual(relinkedWithoutMerge);
      const hosted = await store().statementsBetween(PUTIN.key, 'HOSTED', XI.key);
      expect(hosted.map((s) => s.articleId)).toContain(DUPLICATE_ARTICLE_ID);
    });

    it('keeps an alias an analyst gave the target after the merge, and keeps it curated', async () => {
      const before = await store().snapshot();
      const [putinBefore, vPutinBefore] = await store().getEntities([PUTIN.key, V_PUTIN.key]);
      const record = await store().mergeEntities([V_PUTIN.key], PUTIN.key, ANALYST);
      await store().addAlias(PUTIN.key, 'Vova', ANALYST);
      // Also one the merge had brought: the analyst asserts it in their own right.
      await store().addAlias(PUTIN.key, 'V. Putin', ANALYST);
      await store().undoMerge(record.id, ANALYST);

      const [putin, vPutin] = await store().getEntities([PUTIN.key, V_PUTIN.key]);
      expect(vPutin).toEqual(vPutinBefore);
      expect(putin).toEqual({
        ...putinBefore,
        aliases: [...(putinBefore?.aliases ?? []), 'V. Putin', 'Vova'].sort(),
        curated: true,
      });
      await expect(store().findEntitiesByName('vova')).resolves.toEqual([putin]);
      const after = await store().snapshot();
      expect({ ...after, entities: [] }).toEqual({ ...before, entities: [] });
    });

    it('refuses while the target has been merged into another entity, naming that merge', async () => {
      const before = await store().snapshot();
      const first = await store().mergeEntities([V_PUTIN.key], PUTIN.key, ANALYST);
      const second = await store().mergeEntities([PUTIN.key], XI.key, ANALYST);
      const merged = await store().snapshot();

      const refusal = store().undoMerge(first.id, ANALYST);
      await expect(refusal).rejects.toBeInstanceOf(StoreConflictError);
      await expect(refusal).rejects.toThrow(`undo that merge first`);
      await expect(store().undoMerge(first.id, ANALYST)).rejects.toThrow(second.id);
      expect(await store().snapshot()).toEqual(merged);

      await store().undoMerge(second.id, ANALYST);
      await store().undoMerge(first.id, ANALYST);
      expect(await store().snapshot()).toEqual(before);
    });

    it('undoes the earlier of two merges into one target, leaving the later one standing', async () => {
      const before = await store().snapshot();
      const [putinBefore] = await store().getEntities([PUTIN.key]);
      const alone = await store().mergeEntities([XI.key], PUTIN.key, ANALYST);
      const onlyXiMerged = await store().snapshot();
      await store().undoMerge(alone.id, ANALYST);

      const first = await store().mergeEntities([V_PUTIN.key], PUTIN.key, ANALYST);
      const second = await store().mergeEntities([XI.key], PUTIN.key, ANALYST);
      await store().undoMerge(first.id, ANALYST);
      expect(await store().snapshot()).toEqual(onlyXiMerged);
      await expect(store().getEntities([PUTIN.key])).resolves.toEqual([
        expect.objectContaining({ curated: true }),
      ]);

      await store().undoMerge(second.id, ANALYST);
      expect(await store().snapshot()).toEqual(before);
      await expect(store().getEntities([PUTIN.key])).resolves.toEqual([putinBefore]);
    });
  });
}
