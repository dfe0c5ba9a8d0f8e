import { XI, PUTIN } from '../fixtures/graphs/entities';
import type { CurrentQueryStore } from './queries-contract-fixture';

const badInput = { code: 'BAD_USER_INPUT' };

export function describeValidationContract(store: CurrentQueryStore): void {
  describe('option validation', () => {
    it('rejects a depth outside 1–3 or a limit outside 0–10,000', async () => {
      for (const depth of [0, 4, 1.5]) {
        await expect(store().neighbourhood(XI.key, { depth, limit: 10 })).rejects.toMatchObject(
          badInput,
        );
      }
      await expect(store().neighbourhood(XI.key, { depth: 1, limit: -1 })).rejects.toMatchObject(
        badInput,
      );
      await expect(
        store().neighbourhood(XI.key, { depth: 1, limit: 10_001 }),
      ).rejects.toMatchObject(badInput);
    });

    it('rejects maxHops outside 1–6', async () => {
      for (const maxHops of [0, 7]) {
        await expect(
          store().paths(XI.key, PUTIN.key, { maxHops, limit: 10 }),
        ).rejects.toMatchObject(badInput);
      }
      await expect(
        store().paths(XI.key, PUTIN.key, { maxHops: 2, limit: -1 }),
      ).rejects.toMatchObject(badInput);
    });

    it('rejects a negative page, limit or offset', async () => {
      await expect(store().articles({}, { limit: 10, offset: -1 })).rejects.toMatchObject(badInput);
      await expect(store().events({}, { limit: -1, offset: 0 })).rejects.toMatchObject(badInput);
      await expect(store().topEntities({ limit: -1 })).rejects.toMatchObject(badInput);
      await expect(store().cooccurrences(XI.key, { limit: 1.5 })).rejects.toMatchObject(badInput);
    });
  });
}
