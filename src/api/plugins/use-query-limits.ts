import { EnvelopArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
}

/** Room for every example operation in GraphiQL and the dashboards' queries, little beyond. */
export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxCost: 20_000,
  maxAliases: 15,
  maxTokens: 2_000,
  maxDirectives: 20,
};

/** Which limit refused an operation: `extensions.limit` beside the code QUERY_TOO_COMPLEX. */
export type QueryLimitName = 'depth' | 'cost' | 'aliases' | 'tokens' | 'directives';

/**
 * Gives a refusal the code clients branch on, and names the limit and its value: armor's own
 * errors carry a message only, so a client could not tell "too complex" from a typo.
 */
function coded(limit: QueryLimitName, max: number) {
  return [
    (_context: unknown, error: GraphQLError) => {
      Object.assign(error.extensions, { code: 'QUERY_TOO_COMPLEX', limit, max });
    },
  ];
}

/**
 * Abuse limits checked before anything executes (graphql-armor): depth, cost, aliases, tokens,
 * directives, and no field suggestions that would reveal the schema to a prober. A refusal has
 * `extensions.code` QUERY_TOO_COMPLEX with the limit's name and value.
 */
export function useQueryLimits(limits: QueryLimits = DEFAULT_QUERY_LIMITS): Plugin[] {
  const armor = new EnvelopArmor({
    maxDepth: { n: limits.maxDepth, onReject: coded('depth', limits.maxDepth) },
    costLimit: { maxCost: limits.maxCost, onReject: coded('cost', limits.maxCost) },
    maxAliases: { n: limits.maxAliases, onReject: coded('aliases', limits.maxAliases) },
    maxTokens: { n: limits.maxTokens, onReject: coded('tokens', limits.maxTokens) },
    maxDirectives: {
      n: limits.maxDirectives,
      onReject: coded('directives', limits.maxDirectives),
    },
    blockFieldSuggestion: { enabled: true },
  });
  return armor.protect().plugins as Plugin[];
}
