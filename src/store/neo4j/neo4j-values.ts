import neo4j from 'neo4j-driver';

/**
 * Converts what the driver returns into plain JavaScript: Neo4j integers become numbers (every
 * integer newsgraph stores — counts, offsets — is far below 2^53), lists and maps recursively.
 * The one place integers are converted, so no caller ever sees an `Integer`.
 */
export function fromNeo4j(value: unknown): unknown {
  // Strings, numbers, booleans and null are most of any answer: they leave at the first test.
  if (value === null || typeof value !== 'object') return value;
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(fromNeo4j);
  if (value.constructor === Object) {
    const plain: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) plain[key] = fromNeo4j(inner);
    return plain;
  }
  return value;
}

/** SKIP and LIMIT need integer parameters; a JavaScript number would travel as a float. */
export function cypherInt(value: number): ReturnType<typeof neo4j.int> {
  return neo4j.int(Math.trunc(value));
}

/** Turns `null` (a property Neo4j does not have) into `undefined` so optional fields stay absent. */
export function optional<T>(value: T | null | undefined): T | undefined {
  return value === null ? undefined : value;
}
