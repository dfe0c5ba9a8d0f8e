import { once } from 'node:events';
import { createWriteStream, statSync, type WriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { InvalidInputError } from '../errors';

/**
 * A file written under a temporary name and renamed into place only when the export finished,
 * so an interrupted or failed export never leaves a truncated file that looks complete.
 */
export class AtomicFile {
  readonly stream: WriteStream;
  private readonly temporary: string;

  private constructor(readonly path: string) {
    this.temporary = `${path}.${process.pid}.partial`;
    this.stream = createWriteStream(this.temporary);
  }

  static async create(path: string): Promise<AtomicFile> {
    await mkdir(dirname(path), { recursive: true });
    const file = new AtomicFile(path);
    await once(file.stream, 'open');
    return file;
  }

  async commit(): Promise<void> {
    this.stream.end();
    await once(this.stream, 'finish');
    await rename(this.temporary, this.path);
  }

  async discard(): Promise<void> {
    this.stream.destroy();
    await rm(this.temporary, { force: true });
  }
}

/** Where `-o` sends a one-file format: a file, or stdout for `-o -` and no `-o`. */
export function isStdout(output: string | undefined): boolean {
  return output === undefined || output === '-';
}

/**
 * The two files of a CSV export. `-o` names a directory (an existing one, or a path ending in
 * `/`): DIR/nodes.csv and DIR/edges.csv; otherwise a prefix, `.csv` dropped:
 * `-o out/bbc` or `-o out/bbc.csv` → out/bbc-nodes.csv and out/bbc-edges.csv.
 */
export function csvPaths(output: string | undefined): { nodes: string; edges: string } {
  if (isStdout(output)) {
    throw new InvalidInputError(
      '--format csv writes two files (nodes and edges): give -o a directory (out/) or a prefix (out/graph)',
    );
  }
  const target = output as string;
  if (target.endsWith('/') || target.endsWith(sep) || isDirectory(target)) {
    return { nodes: join(target, 'nodes.csv'), edges: join(target, 'edges.csv') };
  }
  const prefix = target.replace(/\.csv$/i, '');
  return { nodes: `${prefix}-nodes.csv`, edges: `${prefix}-edges.csv` };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
