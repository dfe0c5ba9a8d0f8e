import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';

const ids = new WeakMap<Request, string>();
/** A caller's id is reused only when it looks like an id: it ends up in logs and headers. */
const ACCEPTABLE_ID = /^[\w.:-]{1,128}$/;

/**
 * Every request gets an id: the caller's `x-request-id` when sensible, else a new UUID. It is
 * echoed in the response's `x-request-id`, logged with every line about the request, and put on
 * masked errors so a user's report finds the log line.
 */
export function useRequestId(): Plugin {
  return {
    onRequest({ request }) {
      const given = request.headers.get('x-request-id');
      ids.set(request, given !== null && ACCEPTABLE_ID.test(given) ? given : randomUUID());
    },
    onResponse({ request, response }) {
      response.headers.set('x-request-id', requestIdOf(request));
    },
  };
}

export function requestIdOf(request: Request): string {
  let id = ids.get(request);
  if (id === undefined) ids.set(request, (id = randomUUID()));
  return id;
}
