import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_VARIABLE_NAMES, loadConfig } from '../../src/config';
import type { ComposeFile } from './compose-file';
import {
  REPO_ROOT,
  containerPort,
  environmentOf,
  interpolate,
  readComposeFile,
} from './compose-file';
import { envOf, lastOf, readDockerfile } from './dockerfile';

const HOST_ENV = { NEO4J_PASSWORD: 'compose-test-password' };

function service(compose: ComposeFile, name: string) {
  const found = compose.services[name];
  if (!found) throw new Error(`docker-compose.yml has no "${name}" service`);
  return found;
}

describe('docker-compose.yml', () => {
  const compose = readComposeFile(HOST_ENV);
  const neo4j = service(compose, 'neo4j');
  const api = service(compose, 'api');
  const apiEnv = environmentOf(api);

  it('runs Neo4j Community 5.26 with its data on a named volume', () => {
    expect(neo4j.image).toBe('neo4j:5.26-community');
    const dataVolume = (neo4j.volumes ?? []).find((v) => v.endsWith(':/data'));
    expect(dataVolume).toBeDefined();
    const volumeName = (dataVolume ?? '').split(':')[0] ?? '';
    expect(Object.keys(compose.volumes ?? {})).toContain(volumeName);
  });

  it('health-checks Neo4j over HTTP or Bolt', () => {
    const test = [neo4j.healthcheck?.test ?? []].flat().join(' ');
    expect(test).toMatch(/localhost:7474|cypher-shell/);
  });

  it('sets the Neo4j password from the same variable the API reads', () => {
    expect(environmentOf(neo4j).NEO4J_AUTH).toBe(`neo4j/${HOST_ENV.NEO4J_PASSWORD}`);
    expect(apiEnv.NEO4J_USER).toBe('neo4j');
    expect(apiEnv.NEO4J_PASSWORD).toBe(HOST_ENV.NEO4J_PASSWORD);
  });

  it('refuses to start without a Neo4j password instead of using a built-in one', () => {
    const text = readFileSync(join(REPO_ROOT, 'docker-compose.yml'), 'utf8');
    expect(() => interpolate(text, {})).toThrow(/NEO4J_PASSWORD/);
  });

  it('builds the API from the Dockerfile and starts it once Neo4j is healthy', () => {
    const context = typeof api.build === 'string' ? api.build : api.build?.context;
    expect(context).toBe('.');
    expect(api.depends_on).toEqual({ neo4j: { condition: 'service_healthy' } });
  });

  it('gives the API only variables that loadConfig knows', () => {
    const unknown = Object.keys(apiEnv).filter(
      (name) => !(CONFIG_VARIABLE_NAMES as readonly string[]).includes(name),
    );
    expect(unknown).toEqual([]);
  });

  it('gives the API an environment that loadConfig accepts, pointing at the neo4j service', () => {
    const config = loadConfig(apiEnv);
    expect(config.store).toMatchObject({ kind: 'neo4j', user: 'neo4j', database: 'neo4j' });
    if (config.store.kind !== 'neo4j') throw new Error('expected the Neo4j store');
    const bolt = new URL(config.store.uri);
    expect(bolt.hostname).toBe('neo4j');
    expect((neo4j.ports ?? []).map(containerPort)).toContain(Number(bolt.port));
    expect(config.server.host).toBe('0.0.0.0');
  });

  it.each<Record<string, string>>([{}, { PORT: '5050' }])(
    'publishes the port the API listens on (host env %j)',
    (extra) => {
      const env = { ...HOST_ENV, ...extra };
      const apiService = service(readComposeFile(env), 'api');
      const config = loadConfig(environmentOf(apiService));
      expect((apiService.ports ?? []).map(containerPort)).toEqual([config.server.port]);
      expect(config.server.port).toBe(Number(extra.PORT ?? 4000));
    },
  );

  it('passes API keys through and keeps reads open unless asked', () => {
    const env = { ...HOST_ENV, NEWSGRAPH_API_KEYS: 'dash-key:read,ingest-key:write' };
    const config = loadConfig(environmentOf(service(readComposeFile(env), 'api')));
    expect(config.auth.apiKeys).toHaveLength(2);
    expect(config.auth.readRequiresKey).toBe(false);
  });
});

describe('Dockerfile', () => {
  const stages = readDockerfile();
  const runtime = stages.at(-1);
  if (!runtime) throw new Error('Dockerfile has no stage');
  const runs = (stage: (typeof stages)[number]) =>
    stage.instructions
      .filter((i) => i.keyword === 'RUN')
      .map((i) => i.args)
      .join('\n');

  it('builds in one stage with the native toolchain and ships a separate runtime stage', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const build = stages[0];
    if (!build) throw new Error('no build stage');
    expect(runs(build)).toMatch(/\bpython3\b/);
    expect(runs(build)).toMatch(/\bg\+\+/);
    expect(runs(build)).toMatch(/npm ci\b/);
    expect(runs(build)).toMatch(/npm run build/);
    expect(runs(build)).toMatch(/npm prune --omit=dev|npm ci --omit=dev/);
    const copiesFromBuild = runtime.instructions.filter(
      (i) => i.keyword === 'COPY' && i.args.includes(`--from=${build.name ?? '0'}`),
    );
    expect(copiesFromBuild.map((i) => i.args).join('\n')).toMatch(/node_modules/);
    expect(runs(runtime)).not.toMatch(/apt-get install|npm ci(?! --omit=dev)/);
  });

  it('runs as a non-root user', () => {
    const user = lastOf(runtime, 'USER')?.args;
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^(root|0)(:|$)/);
  });

  it('starts `newsgraph serve`, with the binary package.json declares', () => {
    const cmd = JSON.parse(lastOf(runtime, 'CMD')?.args ?? '[]') as string[];
    expect(cmd).toEqual(['newsgraph', 'serve']);
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
      bin: Record<string, string>;
    };
    expect(runs(runtime)).toContain(`/app/${pkg.bin.newsgraph} /usr/local/bin/newsgraph`);
  });

  it('health-checks /healthz on the configured port and exposes the default one', () => {
    const check = lastOf(runtime, 'HEALTHCHECK')?.args ?? '';
    expect(check).toContain('/healthz');
    expect(check).toContain('process.env.PORT');
    const env = envOf(runtime);
    expect(lastOf(runtime, 'EXPOSE')?.args).toBe(String(loadConfig(env).server.port));
  });

  it('runs standalone on the embedded store in a directory the runtime user owns', () => {
    const config = loadConfig(envOf(runtime));
    expect(config.store).toEqual({ kind: 'sqlite', path: '/app/data/newsgraph.db' });
    expect(runs(runtime)).toMatch(/chown node:node \/app\/data/);
    expect(lastOf(runtime, 'USER')?.args).toBe('node');
  });

  it('sets only environment variables that loadConfig knows, besides NODE_ENV', () => {
    const env = envOf(runtime);
    const names = Object.keys(env).filter((n) => n !== 'NODE_ENV');
    expect(names.filter((n) => !(CONFIG_VARIABLE_NAMES as readonly string[]).includes(n))).toEqual(
      [],
    );
    expect(env.NODE_ENV).toBe('production');
  });
});

describe('package.json bin', () => {
  it('points at where tsconfig.build.json puts the compiled CLI', () => {
    const read = (file: string) => JSON.parse(readFileSync(join(REPO_ROOT, file), 'utf8'));
    const build = read('tsconfig.build.json') as {
      compilerOptions: { rootDir: string; outDir: string };
    };
    const pkg = read('package.json') as { bin: Record<string, string> };
    const { rootDir, outDir } = build.compilerOptions;
    expect(pkg.bin.newsgraph).toBe(
      join(outDir, join('src/cli/index.ts').replace(`${rootDir}/`, '')).replace(/\.ts$/, '.js'),
    );
  });
});
