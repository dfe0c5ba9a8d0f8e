import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_VARIABLES } from '../../src/config';

describe("README's configuration table", () => {
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
  // The rows of the table under "## Configuration" (other sections have tables of codes).
  const section = readme.slice(readme.indexOf('\n## Configuration'));
  const rows = new Map(
    section
      .slice(0, section.indexOf('\n## ', 1))
      .split('\n')
      .filter((line) => /^\| `[A-Z0-9_]+` /.test(line))
      .map((line) => {
        const cells = line.split('|').map((cell) => cell.trim());
        return [cells[1]?.replace(/`/g, ''), cells[2]?.replace(/`/g, '')] as const;
      }),
  );

  it.each(CONFIG_VARIABLES.map((v) => [v.name, v.defaultValue ?? '—'] as const))(
    'lists %s with its default %s',
    (name, defaultValue) => {
      expect(rows.get(name)).toBe(defaultValue);
    },
  );

  it('lists no variable that loadConfig does not read', () => {
    const known = new Set<string>(CONFIG_VARIABLES.map((v) => v.name));
    expect([...rows.keys()].filter((name) => name !== undefined && !known.has(name))).toEqual([]);
  });
});
