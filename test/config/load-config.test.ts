import { ConfigError } from '../../src/errors';
import { CONFIG_VARIABLES, loadConfig } from '../../src/config';
import type { Env } from '../../src/config';

function problemsOf(env: Env): readonly string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected loadConfig to reject the environment');
}

describe('loadConfig', () => {
  it('uses the embedded SQLite store and documented defaults when nothing is set', () => {
    expect(loadConfig({})).toEqual({
      store: { kind: 'sqlite', path: './data/newsgraph.db' },
      server: { port: 4000, host: '127.0.0.1', livePollMs: 1000 },
      auth: { apiKeys: [], readRequiresKey: false },
      logging: { level: 'info' },
    });
  });

  it('treats blank variables as unset, as compose files pass VAR= for optional ones', () => {
    expect(loadConfig({ PORT: '', NEWSGRAPH_STORE: '  ', NEWSGRAPH_API_KEYS: '' })).toEqual(
      loadConfig({}),
    );
  });

  it('builds a Neo4j store configuration with its credentials', () => {
    const config = loadConfig({
      NEWSGRAPH_STORE: 'neo4j',
      NEO4J_URI: 'neo4j+s://db.example.org:7687',
      NEO4J_USER: 'analyst',
      NEO4J_PASSWORD: ' pass with spaces ',
      NEO4J_DATABASE: 'news.graph',
    });
    expect(config.store).toEqual({
      kind: 'neo4j',
      uri: 'neo4j+s://db.example.org:7687',
      user: 'analyst',
      password: ' pass with spaces ',
      database: 'news.graph',
    });
  });

  it('parses API keys with their roles and the read-requires-key switch', () => {
    const config = loadConfig({
      NEWSGRAPH_API_KEYS: 'dash-key:read, ingest-key:write,',
      NEWSGRAPH_READ_REQUIRES_KEY: 'YES',
      PORT: '0',
      HOST: '0.0.0.0',
      LOG_LEVEL: 'debug',
      NEWSGRAPH_LIVE_POLL_MS: '250',
    });
    expect(config.auth).toEqual({
      apiKeys: [
        { key: 'dash-key', role: 'read' },
        { key: 'ingest-key', role: 'write' },
      ],
      readRequiresKey: true,
    });
    expect(config.server).toEqual({ port: 0, host: '0.0.0.0', livePollMs: 250 });
    expect(config.logging.level).toBe('debug');
  });

  it('reports every bad value at once, one line naming each variable with a good example', () => {
    const problems = problemsOf({
      NEWSGRAPH_STORE: 'postgres',
      NEO4J_URI: 'http://localhost:7474',
      NEO4J_DATABASE: '1x',
      PORT: '70000',
      HOST: 'local host',
      LOG_LEVEL: 'verbose',
      NEWSGRAPH_READ_REQUIRES_KEY: 'perhaps',
    });
    const named = [
      'NEWSGRAPH_STORE',
      'NEO4J_URI',
      'NEO4J_DATABASE',
      'PORT',
      'HOST',
      'LOG_LEVEL',
      'NEWSGRAPH_READ_REQUIRES_KEY',
    ];
    expect(problems).toHaveLength(named.length);
    named.forEach((name) => {
      const line = problems.find((p) => p.startsWith(`${name}:`));
      expect(line).toBeDefined();
      expect(line).toContain(`e.g. ${name}=`);
    });
    expect(problems.find((p) => p.startsWith('PORT:'))).toContain('"70000"');
  });

  it('accepts every example value it quotes in its messages', () => {
    const examples = Object.fromEntries(CONFIG_VARIABLES.map((v) => [v.name, v.example]));
    expect(() => loadConfig(examples)).not.toThrow();
  });

  it('names NEO4J_URI when the Neo4j store is chosen without one', () => {
    const problems = problemsOf({ NEWSGRAPH_STORE: 'neo4j' });
    expect(problems).toEqual([
      expect.stringMatching(/^NEO4J_URI is required when NEWSGRAPH_STORE=neo4j/),
    ]);
  });

  it('never echoes a password, API key or credentials inside a URI', () => {
    const secrets = ['hunter2-secret', 'dash-secret-key', 'write-secret-key', 'uri-secret-pw'];
    const error = (() => {
      try {
        return loadConfig({
          NEWSGRAPH_STORE: 'neo4j',
          NEO4J_URI: `http://admin:${secrets[3]}@db:7474`,
          NEO4J_PASSWORD: secrets[0],
          NEWSGRAPH_API_KEYS: `${secrets[1]}:admin,${secrets[2]}`,
          NEWSGRAPH_READ_REQUIRES_KEY: 'maybe',
        });
      } catch (e) {
        return e as ConfigError;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    const everything = JSON.stringify({ message: (error as ConfigError).message, error });
    for (const secret of secrets) expect(everything).not.toContain(secret);
    expect(
      (error as ConfigError).problems.filter((p) => p.startsWith('NEWSGRAPH_API_KEYS:')),
    ).toEqual([
      expect.stringContaining('entry 1 has a role that is neither read nor write'),
      expect.stringContaining('entry 2 must be key:role'),
    ]);
  });

  it('refuses a read-requires-key setup without any key, since nobody could read', () => {
    expect(problemsOf({ NEWSGRAPH_READ_REQUIRES_KEY: 'true' })).toEqual([
      expect.stringMatching(/^NEWSGRAPH_API_KEYS is empty but NEWSGRAPH_READ_REQUIRES_KEY=true/),
    ]);
  });

  it('rejects a repeated API key without saying which one', () => {
    const problems = problemsOf({ NEWSGRAPH_API_KEYS: 'same-key:read,same-key:write' });
    expect(problems).toEqual([expect.stringContaining('entry 2 repeats a key given earlier')]);
    expect(problems.join('\n')).not.toContain('same-key');
  });
});
