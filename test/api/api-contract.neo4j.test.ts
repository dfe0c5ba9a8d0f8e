import { describeApiContract } from './api-contract';
import { freshNeo4jStores } from './support/fresh-neo4j-store';

describeApiContract('Neo4j', freshNeo4jStores());
