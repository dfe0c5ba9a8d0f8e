import { request as httpRequest } from 'node:http';
import type { ApiStore } from '../../src/api';
import { openTempSqliteStore } from '../store/sqlite-temp';
import { createTestIngestor } from './support/seed-graph';
import type { TestApi } from './support/test-api';
import { startTestApi } from './support/test-api';

const MAX_BODY_BYTES = 2_000;

/** A POST whose body is sent in pieces without Content-Length (chunked transfer encoding). */
function postChunked(
  url: string,
  pieces: readonly string[],
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    for (const piece of pieces) req.write(piece);
    req.end();
  });
}

/** A query of about `bytes` bytes: padding in a comment, which GraphQL ignores. */
function paddedQuery(bytes: number): string {
  return JSON.stringify({ query: `{ __typename } #${'x'.repeat(bytes)}` });
}

describe('request body size limit over HTTP', () => {
  let store: ApiStore;
  let cleanup: () => Promise<void>;
  let t: TestApi;

  beforeAll(async () => {
    ({ store, cleanup } = await openTempSqliteStore());
    t = await startTestApi(store, createTestIngestor(store), { maxBodyBytes: MAX_BODY_BYTES });
  });

  afterAll(async () => {
    await t.close();
    await cleanup();
  });

  it('answers a body within the limit, with or without Content-Length', async () => {
    const sized = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: paddedQuery(MAX_BODY_BYTES / 2),
    });
    expect(sized.status).toBe(200);
    expect(await sized.json()).toEqual({ data: { __typename: 'Query' } });
    const body = paddedQuery(MAX_BODY_BYTES / 2);
    const chunked = await postChunked(t.url, [body.slice(0, 300), body.slice(300)]);
    expect(chunked.status).toBe(200);
    expect(JSON.parse(chunked.body)).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses a declared length above the limit with 413 REQUEST_ENTITY_TOO_LARGE', async () => {
    const r = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: paddedQuery(MAX_BODY_BYTES * 2),
    });
    expect(r.status).toBe(413);
    const body = (await r.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('REQUEST_ENTITY_TOO_LARGE');
  });

  it('refuses a chunked body once more than the limit has streamed in, with 413', async () => {
    const body = paddedQuery(MAX_BODY_BYTES * 2);
    const pieces = [body.slice(0, 1_000), body.slice(1_000, 2_500), body.slice(2_500)];
    const r = await postChunked(t.url, pieces);
    expect(r.status).toBe(413);
    expect(r.body).toContain('REQUEST_ENTITY_TOO_LARGE');
  });
});
