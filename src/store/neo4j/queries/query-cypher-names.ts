/**
 * The statements behind GraphQueries (`cypher/queries/*.cypher`). Kept apart from CYPHER_NAMES,
 * which spreads them in, so the analytical reads live in their own folder.
 */
export const QUERY_CYPHER_NAMES = [
  'queries/read-adjacency',
  'queries/neighbourhood',
  'queries/common-neighbours',
  'queries/entity-timeline',
  'queries/cooccurrences',
  'queries/list-articles',
  'queries/list-events',
  'queries/top-entities',
  'queries/top-entities-of-type',
  'queries/top-entities-in-range',
  'queries/relation-counts',
  'queries/article-statements',
  'queries/article-quotes',
] as const;
