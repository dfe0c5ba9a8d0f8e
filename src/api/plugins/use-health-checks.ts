import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../../logging';
import type { GraphStore } from '../../store/graph-store';

/**
 * `/healthz`: the process answers (liveness). `/readyz`: the store answers too (readiness), so
 * a load balancer stops sending traffic while Neo4j is away and resumes when it is back.
 */
export function useHealthChecks(store: Pick<GraphStore, 'ping'>, logger: Logger): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname === '/healthz') {
        endResponse(json(fetchAPI, 200, { status: 'ok' }));
      } else if (url.pathname === '/readyz') {
        try {
          await store.ping();
          endResponse(json(fetchAPI, 200, { status: 'ready' }));
        } catch (error) {
          logger.warn({ err: error }, 'readiness check: store unavailable');
          endResponse(json(fetchAPI, 503, { status: 'unavailable', reason: 'store' }));
        }
      }
    },
  };
}

function json(fetchAPI: { Response: typeof Response }, status: number, body: object): Response {
  return new fetchAPI.Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}
