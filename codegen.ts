import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Resolver types generated from the SDL in schema/ (`npm run codegen`; `npm run codegen:check`
 * fails when the checked-in file is stale). Object types map to what resolvers actually pass
 * around: the store's views, or the small models in src/api/resolver-models.ts.
 */
const STORE = '../store/graph-store';
const QUERIES = '../store/graph-queries';
const MODELS = './resolver-models';

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/api/resolvers-types.generated.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        useIndexSignature: false,
        contextType: './api-context#ApiContext',
        scalars: { DateTime: 'string', JSON: 'Record<string, string>' },
        mappers: {
          Entity: `${STORE}#EntityView`,
          Relationship: `${STORE}#RelationshipView`,
          Statement: `${STORE}#StatementView`,
          Quote: `${STORE}#QuoteView`,
          Article: `${STORE}#ArticleView`,
          Stats: `${STORE}#GraphStats`,
          MergeResult: `${STORE}#MergeRecord`,
          Path: `${MODELS}#PathModel`,
          Neighborhood: `${QUERIES}#Neighbourhood`,
          TimelineBucket: `${QUERIES}#TimelineBucket as TimelineBucketRow`,
          Cooccurrence: `${QUERIES}#Cooccurrence as CooccurrenceRow`,
          EntityCount: `${QUERIES}#EntityCount as EntityCountRow`,
          RelationCount: `${QUERIES}#RelationCount as RelationCountRow`,
          PathHop: `${MODELS}#PathHopModel`,
          NeighborEntity: `${MODELS}#NeighborEntityModel`,
          Role: `${MODELS}#RoleModel`,
          Participant: `${MODELS}#ParticipantModel`,
          IngestResult: `${MODELS}#IngestResultModel`,
          ArticleIngestedEvent: `${MODELS}#ArticleIngestedModel`,
          TypeCount: `${MODELS}#TypeCountModel`,
        },
      },
    },
  },
};

export default config;
