export { createApiServer } from './create-api-server';
export type { ApiServer, ApiServerDeps } from './create-api-server';
export type { ApiContext, ApiStore } from './api-context';
export { DEFAULT_QUERY_LIMITS } from './plugins/use-query-limits';
export type { QueryLimits } from './plugins/use-query-limits';
