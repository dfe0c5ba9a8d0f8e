export const API_KEY_ROLES = ['read', 'write'] as const;
export type ApiKeyRole = (typeof API_KEY_ROLES)[number];

export interface ApiKey {
  key: string;
  role: ApiKeyRole;
}

export interface ParsedApiKeys {
  keys: ApiKey[];
  /** One line per bad entry; they name the entry by position, never by its (secret) text. */
  problems: string[];
}

/**
 * Parse `key1:read,key2:write`. Blank entries (a trailing comma) are ignored.
 *
 * @example parseApiKeys('dash:read,ingest:write').keys // [{key: 'dash', role: 'read'}, …]
 */
export function parseApiKeys(value: string | undefined): ParsedApiKeys {
  const keys: ApiKey[] = [];
  const problems: string[] = [];
  const entries = (value ?? '').split(',').map((entry) => entry.trim());
  entries.forEach((entry, index) => {
    if (entry === '') return;
    const position = `entry ${index + 1}`;
    const separator = entry.lastIndexOf(':');
    if (separator <= 0) {
      problems.push(`${position} must be key:role`);
      return;
    }
    const key = entry.slice(0, separator).trim();
    const role = entry.slice(separator + 1).trim();
    if (/\s/.test(key) || key.includes(':')) {
      problems.push(`${position} has a key with a space or colon in it`);
    } else if (!isRole(role)) {
      problems.push(`${position} has a role that is neither read nor write`);
    } else if (keys.some((existing) => existing.key === key)) {
      problems.push(`${position} repeats a key given earlier`);
    } else {
      keys.push({ key, role });
    }
  });
  return { keys, problems };
}

function isRole(role: string): role is ApiKeyRole {
  return (API_KEY_ROLES as readonly string[]).includes(role);
}
