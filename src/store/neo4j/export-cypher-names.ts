/**
 * The statements behind GraphExportSource (`cypher/export/*.cypher`). Kept apart from
 * CYPHER_NAMES, which spreads them in, so the registry loads them at start-up like the rest.
 */
export const EXPORT_CYPHER_NAMES = [
  'export/page-entities',
  'export/page-relationships',
  'export/page-co-mentions',
] as const;
