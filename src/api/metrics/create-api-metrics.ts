import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The API's Prometheus metrics, in a registry of its own (no process-global state). */
export interface ApiMetrics {
  registry: Registry;
  requests: Counter<'operation' | 'type' | 'outcome'>;
  duration: Histogram<'operation' | 'type'>;
  storeErrors: Counter<'method' | 'code'>;
}

export function createApiMetrics(): ApiMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'newsgraph_' });
  return {
    registry,
    requests: new Counter({
      name: 'newsgraph_graphql_requests_total',
      help: 'GraphQL operations executed, by operation name, type and outcome (ok or error).',
      labelNames: ['operation', 'type', 'outcome'],
      registers: [registry],
    }),
    duration: new Histogram({
      name: 'newsgraph_graphql_request_duration_seconds',
      help: 'Execution time of GraphQL operations, by operation name and type.',
      labelNames: ['operation', 'type'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    storeErrors: new Counter({
      name: 'newsgraph_store_errors_total',
      help: 'Failed store calls, by store method and error code.',
      labelNames: ['method', 'code'],
      registers: [registry],
    }),
  };
}
