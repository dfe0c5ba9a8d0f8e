import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_VARIABLES } from '../../src/config';
import { runNewsgraph } from './spawn-newsgraph';

describe('newsgraph (the CLI root)', () => {
  it('documents its commands, every configuration variable and the exit codes in --help', async () => {
    const run = await runNewsgraph(['--help']);
    expect(run.code).toBe(0);
    for (const command of ['migrate', 'doctor', 'stats']) {
      expect(run.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
    }
    for (const variable of CONFIG_VARIABLES) expect(run.stdout).toContain(variable.name);
    expect(run.stdout).toMatch(
      /Exit codes:[\s\S]*0\s+success[\s\S]*2\s+bad usage[\s\S]*3\s+the store/,
    );
  });

  it('prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
      version: string;
    };
    const run = await runNewsgraph(['--version']);
    expect(run).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it('exits 2 on an unknown command and says where to find usage', async () => {
    const run = await runNewsgraph(['frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown command 'frobnicate'");
    expect(run.stderr).toContain('newsgraph --help');
    expect(run.stdout).toBe('');
  });

  it('exits 2 on invalid configuration, listing every bad variable and never the password', async () => {
    const run = await runNewsgraph(['stats'], {
      NEWSGRAPH_STORE: 'neo4j',
      NEO4J_PASSWORD: 'do-not-print-me',
      PORT: 'eighty',
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('PORT: must be a whole number');
    expect(run.stderr).toContain('NEO4J_URI is required when NEWSGRAPH_STORE=neo4j');
    expect(run.stderr).toMatch(/Fix the variables listed above/);
    expect(run.stderr + run.stdout).not.toContain('do-not-print-me');
  });
});
