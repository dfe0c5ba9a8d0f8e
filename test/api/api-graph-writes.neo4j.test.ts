import { describeGraphWrites } from './api-graph-writes';
import { freshNeo4jStores } from './support/fresh-neo4j-store';

describeGraphWrites('Neo4j', freshNeo4jStores());
