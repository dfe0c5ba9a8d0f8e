import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const REPO_ROOT = join(__dirname, '..', '..');

export interface ComposeService {
  image?: string;
  build?: string | { context: string; dockerfile?: string };
  environment?: Record<string, string> | string[];
  ports?: string[];
  volumes?: string[];
  depends_on?: Record<string, { condition: string }> | string[];
  healthcheck?: { test: string[] | string };
}

export interface ComposeFile {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}

/**
 * docker-compose.yml with `${VAR}`, `${VAR:-default}` and `${VAR:?message}` substituted from
 * `env` the way Compose does it (unset or empty counts as missing for `:-` and `:?`).
 */
export function readComposeFile(env: Record<string, string>): ComposeFile {
  const text = readFileSync(join(REPO_ROOT, 'docker-compose.yml'), 'utf8');
  return parse(interpolate(text, env)) as ComposeFile;
}

export function interpolate(text: string, env: Record<string, string>): string {
  return text.replace(
    /\$\{([A-Z0-9_]+)(?:(:-|:\?)([^}]*))?\}/g,
    (_match, name: string, operator: string | undefined, operand: string | undefined) => {
      const value = env[name];
      if (value !== undefined && value !== '') return value;
      if (operator === ':-') return operand ?? '';
      if (operator === ':?') throw new Error(`compose would refuse to start: ${name}: ${operand}`);
      return '';
    },
  );
}

/** The environment block as a map, whichever of the two Compose spellings is used. */
export function environmentOf(service: ComposeService): Record<string, string> {
  const env = service.environment ?? {};
  if (!Array.isArray(env)) {
    return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, String(v ?? '')]));
  }
  return Object.fromEntries(
    env.map((entry) => {
      const eq = entry.indexOf('=');
      return eq === -1 ? [entry, ''] : [entry.slice(0, eq), entry.slice(eq + 1)];
    }),
  );
}

/** `[host_ip:]host:container[/proto]` → the container port. */
export function containerPort(mapping: string): number {
  const withoutProto = mapping.split('/')[0] ?? '';
  return Number(withoutProto.split(':').at(-1));
}
