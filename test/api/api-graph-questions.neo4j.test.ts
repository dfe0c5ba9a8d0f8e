import { describeGraphQuestions } from './api-graph-questions';
import { freshNeo4jStores } from './support/fresh-neo4j-store';

describeGraphQuestions('Neo4j', freshNeo4jStores());
