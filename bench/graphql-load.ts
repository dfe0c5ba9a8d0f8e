import autocannon from 'autocannon';
import type { GraphqlRequest } from './graphql-http';

export interface LoadOptions {
  connections: number;
  durationSeconds: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Non-2xx answers, connection errors, timeouts and answers carrying GraphQL errors. */
  failures: number;
}

/**
 * Hold `connections` keep-alive connections busy with one GraphQL operation for a fixed time.
 * Every answer is checked: one with `errors` or without `data` counts as a failure, so a fast
 * error page never passes for a fast query.
 */
export async function loadGraphql(
  url: string,
  request: GraphqlRequest,
  options: LoadOptions,
): Promise<LoadResult> {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(request),
    connections: options.connections,
    duration: options.durationSeconds,
    verifyBody: (body) => isGraphqlSuccess(String(body)),
  });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts + result.mismatches,
  };
}

/** A GraphQL answer with data and no errors (cheap text checks: this runs per response). */
export function isGraphqlSuccess(body: string): boolean {
  return body.startsWith('{') && body.includes('"data":{') && !body.includes('"errors":');
}
