import type { Resolvers } from '../resolvers-types.generated';
import { articleFields, articleIngestedFields, ingestResultFields } from './article-fields';
import { cooccurrenceFields, entityCountFields, relationCountFields } from './count-fields';
import { entityFields } from './entity-fields';
import { mergeResultFields, mutations } from './mutations';
import { neighborEntityFields, neighborhoodFields, pathFields, pathHopFields } from './path-fields';
import { articleQueries } from './query-articles';
import { dashboardQueries } from './query-dashboard';
import { entityQueries } from './query-entities';
import { graphQueries } from './query-graph';
import { participantFields, relationshipFields, roleFields } from './relationship-fields';
import { DateTime, JSONScalar } from './scalars';
import { quoteFields, statementFields } from './statement-fields';
import { statsFields } from './stats-fields';
import { subscriptions } from './subscriptions';

/** Every resolver, typed against the generated schema types (src/api/resolvers-types.generated.ts). */
export const resolvers: Resolvers = {
  DateTime,
  JSON: JSONScalar,
  Query: { ...entityQueries, ...graphQueries, ...articleQueries, ...dashboardQueries },
  Mutation: mutations,
  Subscription: subscriptions,
  Entity: entityFields,
  Relationship: relationshipFields,
  Role: roleFields,
  Participant: participantFields,
  Statement: statementFields,
  Quote: quoteFields,
  Article: articleFields,
  ArticleIngestedEvent: articleIngestedFields,
  Path: pathFields,
  PathHop: pathHopFields,
  Neighborhood: neighborhoodFields,
  NeighborEntity: neighborEntityFields,
  Cooccurrence: cooccurrenceFields,
  EntityCount: entityCountFields,
  RelationCount: relationCountFields,
  Stats: statsFields,
  MergeResult: mergeResultFields,
  IngestResult: ingestResultFields,
};
