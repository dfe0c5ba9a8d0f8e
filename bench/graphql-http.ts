/** A GraphQL request over HTTP, the way any client sends it. */
export interface GraphqlRequest {
  query: string;
  variables?: Record<string, unknown>;
}

export interface GraphqlResponse<TData> {
  data?: TData | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * POST one operation and return its data; a GraphQL error or an HTTP error is thrown with the
 * server's message, because a benchmark of failing requests measures nothing.
 */
export async function postGraphql<TData>(url: string, request: GraphqlRequest): Promise<TData> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(request),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`HTTP ${response.status} from ${url}: ${text.slice(0, 500)}`);
  const body = JSON.parse(text) as GraphqlResponse<TData>;
  if (body.errors?.length) {
    throw new Error(`GraphQL errors from ${url}: ${body.errors.map((e) => e.message).join('; ')}`);
  }
  if (body.data === undefined || body.data === null)
    throw new Error(`no data from ${url}: ${text}`);
  return body.data;
}

/** Wait until the endpoint answers `{ __typename }`; servers print different ready lines. */
export async function waitForGraphql(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      await postGraphql(url, { query: '{ __typename }' });
      return;
    } catch (error) {
      lastError = error;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`GraphQL endpoint ${url} not ready after ${timeoutMs} ms: ${String(lastError)}`);
}
