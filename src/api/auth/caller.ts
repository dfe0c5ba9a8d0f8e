import type { ApiKeyRole } from '../../config';

/**
 * Who is asking. `role` is null without a key; `label` names the key for curation records
 * (`key #2`), never its text.
 */
export type Caller =
  | { kind: 'anonymous' }
  | { kind: 'invalid-key' }
  | { kind: 'key'; role: ApiKeyRole; label: string };

/** The name written as `by` on merges and aliases made through the API. */
export function actorName(caller: Caller): string {
  return caller.kind === 'key' ? `api ${caller.label}` : 'api anonymous';
}
