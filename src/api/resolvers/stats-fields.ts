import type { StatsResolvers } from '../resolvers-types.generated';
import type { TypeCountModel } from '../resolver-models';

/** The store counts by type as records; the schema lists them, largest first. */
export const statsFields: StatsResolvers = {
  entitiesByType: (stats) => typeCounts(stats.entitiesByType),
  statementsByType: (stats) => typeCounts(stats.statementsByType),
  relationshipsByType: (stats) => typeCounts(stats.relationshipsByType),
};

function typeCounts(counts: Record<string, number>): TypeCountModel[] {
  return Object.entries(counts)
    .map(([type, count]) => ({ type, count }))
    .sort((a, b) => b.count - a.count || (a.type < b.type ? -1 : 1));
}
