import { z } from 'zod';

/** The schemes neo4j-driver accepts; `+s` encrypts, `+ssc` also trusts self-signed certificates. */
export const NEO4J_URI_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];

function isNeo4jUri(value: string): boolean {
  try {
    const url = new URL(value);
    return NEO4J_URI_SCHEMES.includes(url.protocol.slice(0, -1)) && url.hostname !== '';
  } catch {
    return false;
  }
}

export const neo4jSettingsSchema = z
  .object({
    NEO4J_URI: z
      .string()
      .refine(isNeo4jUri, {
        error: `must be a URI with a host and one of the schemes ${NEO4J_URI_SCHEMES.join(', ')}`,
      })
      .optional(),
    NEO4J_USER: z.string().min(1, { error: 'must not be empty' }),
    NEO4J_PASSWORD: z.string().optional(),
    // Neo4j's own rule for database names.
    NEO4J_DATABASE: z.string().regex(/^[A-Za-z][A-Za-z0-9.-]{2,62}$/, {
      error: 'must be 3 to 63 letters, digits, dots or dashes, starting with a letter',
    }),
  })
  .transform((env) => ({
    uri: env.NEO4J_URI,
    user: env.NEO4J_USER,
    password: env.NEO4J_PASSWORD,
    database: env.NEO4J_DATABASE,
  }));

export type Neo4jSettings = z.output<typeof neo4jSettingsSchema>;
