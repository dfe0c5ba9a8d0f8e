import { z } from 'zod';

export const STORE_KINDS = ['sqlite', 'neo4j'] as const;
export type StoreKind = (typeof STORE_KINDS)[number];

export const storeSettingsSchema = z
  .object({
    NEWSGRAPH_STORE: z.enum(STORE_KINDS, { error: 'must be sqlite or neo4j' }),
    NEWSGRAPH_SQLITE_PATH: z.string({ error: 'must be a file path' }).min(1),
  })
  .transform((env) => ({ kind: env.NEWSGRAPH_STORE, sqlitePath: env.NEWSGRAPH_SQLITE_PATH }));

export type StoreSettings = z.output<typeof storeSettingsSchema>;
