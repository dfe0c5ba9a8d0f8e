/**
 * The API key a request carries: `Authorization: Bearer <key>` or `X-API-Key: <key>`. Null when
 * neither header is there; an empty or malformed value counts as a (wrong) key.
 */
export function presentedKey(headers: Headers): string | null {
  const authorization = headers.get('authorization');
  if (authorization !== null) {
    const match = /^Bearer\s+(.*)$/i.exec(authorization.trim());
    return match?.[1]?.trim() ?? authorization;
  }
  return headers.get('x-api-key');
}
