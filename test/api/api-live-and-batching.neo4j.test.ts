import { describeLiveAndBatching } from './api-live-and-batching';
import { freshNeo4jStores } from './support/fresh-neo4j-store';

// A cold Neo4j on a loaded machine answers its first writes slowly; the jest default is too tight.
jest.setTimeout(180_000);

describeLiveAndBatching('Neo4j', freshNeo4jStores());
