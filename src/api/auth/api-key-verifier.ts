import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApiKey } from '../../config';
import type { Caller } from './caller';

/**
 * Checks a presented API key against the configured ones in constant time: both sides are
 * hashed to 32 bytes (so lengths never differ and never leak) and compared with
 * `timingSafeEqual`, against every configured key without stopping at a match.
 */
export function createApiKeyVerifier(
  keys: readonly ApiKey[],
): (presented: string | null) => Caller {
  const digests = keys.map((k, index) => ({
    digest: sha256(k.key),
    role: k.role,
    label: `key #${index + 1}`,
  }));
  return (presented) => {
    if (presented === null) return { kind: 'anonymous' };
    const candidate = sha256(presented);
    let found: Caller = { kind: 'invalid-key' };
    for (const entry of digests) {
      if (timingSafeEqual(candidate, entry.digest) && found.kind === 'invalid-key') {
        found = { kind: 'key', role: entry.role, label: entry.label };
      }
    }
    return found;
  };
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}
