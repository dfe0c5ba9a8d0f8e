export { connectNeo4j, type Neo4jConnectionSettings } from './connect-neo4j';
export { Neo4jGraphStore, type Neo4jGraphStoreOptions } from './neo4j-graph-store';
export { loadCypherRegistry, findCypherRoot, type CypherRegistry } from './cypher-registry';
