/**
 * The address in a URI without the credentials it may carry (`bolt://user:secret@host` is a
 * valid Neo4j URI), so it can be shown in messages and logs.
 *
 * @example redactUri('bolt://neo4j:pw@db:7687') // 'bolt://db:7687'
 */
export function redactUri(uri: string): string {
  try {
    const url = new URL(uri);
    if (url.username !== '' || url.password !== '') {
      url.username = '';
      url.password = '';
      return uri.endsWith('/') ? url.toString() : url.toString().replace(/\/$/, '');
    }
  } catch {
    // Not a URI: fall through to the cautious rule below.
  }
  // Whatever sits before an '@' in something malformed could still be a password.
  const at = uri.lastIndexOf('@');
  return at === -1 ? uri : `…@${uri.slice(at + 1)}`;
}
