import type { CurrentStore } from './contract-context';

export function describeSchemaContract(store: CurrentStore): void {
  describe('schema', () => {
    it('records the schema version, and migrating again is a no-op', async () => {
      const version = await store().schemaVersion();
      expect(version).toBeGreaterThan(0);
      await expect(store().migrate()).resolves.toBe(version);
      await expect(store().migrate()).resolves.toBe(version);
      await expect(store().schemaVersion()).resolves.toBe(version);
    });

    it('answers ping and starts empty', async () => {
      await expect(store().ping()).resolves.toBeUndefined();
      const snapshot = await store().snapshot();
      expect(snapshot).toEqual({
        articles: [],
        entities: [],
        mentions: [],
        statements: [],
        relationships: [],
        quotes: [],
        cooccurrences: [],
      });
    });
  });
}
