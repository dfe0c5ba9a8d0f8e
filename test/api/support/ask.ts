import type { TestApi } from './test-api';

/**
 * The data of a query that must succeed: fails the test with the server's errors otherwise, so
 * a broken query reads as the error it is, not as a confusing `undefined` further on.
 */
export async function ask<T>(
  t: TestApi,
  query: string,
  variables?: Record<string, unknown>,
  headers?: Record<string, string>,
): Promise<T> {
  const r = await t.graphql<T>(query, variables, headers);
  expect(r.body.errors).toBeUndefined();
  if (r.body.data === undefined || r.body.data === null) {
    throw new Error(`no data for ${query}: HTTP ${r.status}`);
  }
  return r.body.data;
}
