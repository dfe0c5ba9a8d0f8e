// tsc compiles only TypeScript; the files code loads at run time next to itself (SQLite
// migrations, gazetteer data, model files) are copied from src/ to dist/ by this step of
// `npm run build`, so the built CLI finds them exactly where the sources do.
import { cpSync, existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'src');
const target = join(root, 'dist');

if (!existsSync(target)) {
  process.stderr.write(
    'copy-build-assets: dist/ is missing; run tsc first (npm run build does).\n',
  );
  process.exit(1);
}
cpSync(source, target, {
  recursive: true,
  filter: (path) => statSync(path).isDirectory() || !path.endsWith('.ts'),
});
