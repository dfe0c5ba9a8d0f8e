import type { z } from 'zod';
import { ConfigError } from '../errors';
import { authSettingsSchema } from './auth-settings';
import type { Config, StoreConfig } from './config';
import { loggingSettingsSchema } from './logging-settings';
import type { Neo4jSettings } from './neo4j-settings';
import { neo4jSettingsSchema } from './neo4j-settings';
import { redactUri } from './redact-uri';
import { serverSettingsSchema } from './server-settings';
import type { StoreSettings } from './store-settings';
import { storeSettingsSchema } from './store-settings';
import type { ConfigVariableName } from './variables';
import { CONFIG_VARIABLES, configVariable } from './variables';

export type Env = Readonly<Record<string, string | undefined>>;
type RawSettings = Partial<Record<ConfigVariableName, string>>;

/**
 * Read and validate the configuration. Every bad value is reported at once, in one ConfigError
 * with a line per problem naming the variable, what is wrong and a good value; secrets are never
 * echoed. Pure: pass an object in tests.
 *
 * @example loadConfig({ NEWSGRAPH_STORE: 'neo4j', NEO4J_URI: 'bolt://localhost:7687' })
 */
export function loadConfig(env: Env = process.env): Config {
  const raw = withDefaults(env);
  const problems: string[] = [];
  const check = <T>(schema: z.ZodType<T>): T | undefined => {
    const result = schema.safeParse(raw);
    if (result.success) return result.data;
    problems.push(...result.error.issues.map((issue) => describeIssue(issue, raw)));
    return undefined;
  };
  const store = check(storeSettingsSchema);
  const neo4j = check(neo4jSettingsSchema);
  const server = check(serverSettingsSchema);
  const auth = check(authSettingsSchema);
  const logging = check(loggingSettingsSchema);

  if (store?.kind === 'neo4j' && neo4j && neo4j.uri === undefined) {
    problems.push(missing('NEO4J_URI', 'is required when NEWSGRAPH_STORE=neo4j'));
  }
  if (auth?.readRequiresKey && auth.apiKeys.length === 0) {
    problems.push(
      missing(
        'NEWSGRAPH_API_KEYS',
        'is empty but NEWSGRAPH_READ_REQUIRES_KEY=true: nobody could read',
      ),
    );
  }
  if (problems.length > 0 || !store || !neo4j || !server || !auth || !logging) {
    throw new ConfigError(problems);
  }
  return { store: storeConfig(store, neo4j), server, auth, logging };
}

/** Unset and blank variables take their default (compose files often pass `VAR=`). */
function withDefaults(env: Env): RawSettings {
  const raw: RawSettings = {};
  for (const variable of CONFIG_VARIABLES) {
    const value = env[variable.name];
    const given = variable.secret ? value : value?.trim();
    const chosen = given === undefined || given.trim() === '' ? variable.defaultValue : given;
    if (chosen !== undefined) raw[variable.name] = chosen;
  }
  return raw;
}

function storeConfig(store: StoreSettings, neo4j: Neo4jSettings): StoreConfig {
  if (store.kind === 'sqlite') return { kind: 'sqlite', path: store.sqlitePath };
  // loadConfig has reported a missing URI before getting here.
  const uri = neo4j.uri ?? '';
  const config: StoreConfig = { kind: 'neo4j', uri, user: neo4j.user, database: neo4j.database };
  if (neo4j.password !== undefined) config.password = neo4j.password;
  return config;
}

function describeIssue(issue: z.core.$ZodIssue, raw: RawSettings): string {
  const name = issue.path[0];
  if (typeof name !== 'string') return issue.message;
  const variable = configVariable(name as ConfigVariableName);
  const value = raw[variable.name as ConfigVariableName];
  const example = `e.g. ${variable.name}=${variable.example}`;
  if (value === undefined) return `${variable.name} ${issue.message} (${example})`;
  const found = variable.secret ? 'value not shown' : `found ${JSON.stringify(redactUri(value))}`;
  return `${variable.name}: ${issue.message}; ${found} (${example})`;
}

function missing(name: ConfigVariableName, problem: string): string {
  return `${name} ${problem} (e.g. ${name}=${configVariable(name).example})`;
}
