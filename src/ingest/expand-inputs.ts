import { readdir, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';

/** A file an argument names; `size` only for a regular file (a FIFO or device has none). */
export interface InputFile {
  path: string;
  size?: number;
}

const ARTICLE_EXTENSIONS = ['.txt', '.text', '.html', '.htm', '.json', '.ndjson', '.jsonl'];

/**
 * The files one command-line argument names: itself, every article file under a directory
 * (recursively, in sorted order so runs are reproducible, hidden entries skipped), or the
 * matches of a glob (`*`, `?`, `**`, `[abc]`). None when nothing matches.
 */
export async function expandArgument(arg: string): Promise<InputFile[]> {
  if (/[*?[]/.test(arg)) return expandGlob(arg);
  const info = await stat(arg).catch(() => null);
  if (!info) return [];
  if (info.isDirectory()) return withSizes((await walk(resolve(arg))).filter(hasArticleExtension));
  return [{ path: resolve(arg), ...(info.isFile() ? { size: info.size } : {}) }];
}

async function withSizes(paths: readonly string[]): Promise<InputFile[]> {
  const files: InputFile[] = [];
  for (const path of paths) {
    // A file removed since the walk is still listed: reading it reports it as a failed item.
    const info = await stat(path).catch(() => null);
    files.push({ path, ...(info?.isFile() ? { size: info.size } : {}) });
  }
  return files;
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

async function expandGlob(pattern: string): Promise<InputFile[]> {
  const absolute = resolve(pattern);
  const firstWild = absolute.search(/[*?[]/);
  const base = absolute.slice(0, absolute.lastIndexOf(sep, firstWild) + 1) || sep;
  const matcher = globToRegExp(absolute);
  const info = await stat(base).catch(() => null);
  if (!info?.isDirectory()) return [];
  return withSizes((await walk(base)).filter((file) => matcher.test(file)));
}

/**
 * `**` spans directories (followed by a slash: zero or more of them), `*` and `?` do not;
 * `[abc]` classes pass through.
 */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i += 1) {
    const ch = glob[i] as string;
    if (ch === '*' && glob[i + 1] === '*' && glob[i + 2] === '/') {
      // `a/**/b` matches a/b and a/x/y/b, never a/xb.
      out += '(?:.*/)?';
      i += 2;
    } else if (ch === '*' && glob[i + 1] === '*') {
      out += '.*';
      i += 1;
    } else if (ch === '*') out += '[^/]*';
    else if (ch === '?') out += '[^/]';
    else if (ch === '[') {
      const close = glob.indexOf(']', i);
      if (close < 0) out += '\\[';
      else {
        out += glob.slice(i, close + 1);
        i = close;
      }
    } else out += ch.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

function hasArticleExtension(file: string): boolean {
  const lower = file.toLowerCase();
  return ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}
