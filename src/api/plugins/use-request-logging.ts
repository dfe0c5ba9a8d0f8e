import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../../logging';
import { requestIdOf } from './use-request-id';

const started = new WeakMap<Request, number>();

/**
 * One JSON log line per HTTP request: id, method, path, status, duration. Headers and bodies are
 * never logged (they carry API keys and article texts).
 */
export function useRequestLogging(logger: Logger): Plugin {
  return {
    // At a level above info (production dashboards polling hard) this costs nothing per request.
    onRequest({ request }) {
      if (logger.isLevelEnabled('info')) started.set(request, performance.now());
    },
    onResponse({ request, response }) {
      if (!logger.isLevelEnabled('info')) return;
      const begun = started.get(request);
      const url = new URL(request.url);
      logger.info(
        {
          requestId: requestIdOf(request),
          method: request.method,
          path: url.pathname,
          status: response.status,
          ms: begun === undefined ? undefined : Math.round((performance.now() - begun) * 10) / 10,
        },
        'request',
      );
    },
  };
}
