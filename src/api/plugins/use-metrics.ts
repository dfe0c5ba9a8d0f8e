import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { ApiMetrics } from '../metrics/create-api-metrics';

/** Distinct operation names kept as labels; more would let clients blow up the series count. */
const MAX_OPERATION_LABELS = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * `/metrics` in Prometheus text format, and per operation a request count (ok/error) and an
 * execution-time histogram. Store errors are counted by the instrumented store.
 */
export function useMetrics(metrics: ApiMetrics): Plugin {
  const seen = new Set<string>();
  const label = (name: string | null | undefined): string => {
    if (!name || !OPERATION_NAME.test(name)) return 'anonymous';
    if (seen.has(name)) return name;
    if (seen.size >= MAX_OPERATION_LABELS) return 'other';
    seen.add(name);
    return name;
  };
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== '/metrics') return;
      endResponse(
        new fetchAPI.Response(await metrics.registry.metrics(), {
          headers: { 'content-type': metrics.registry.contentType },
        }),
      );
    },
    onExecute({ args }) {
      const started = process.hrtime.bigint();
      const operation = getOperationAST(args.document, args.operationName);
      const labels = {
        operation: label(args.operationName ?? operation?.name?.value),
        type: operation?.operation ?? 'unknown',
      };
      return {
        onExecuteDone({ result }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const failed = 'errors' in result && (result.errors?.length ?? 0) > 0;
          metrics.duration.observe(labels, seconds);
          metrics.requests.inc({ ...labels, outcome: failed ? 'error' : 'ok' });
        },
      };
    },
  };
}
