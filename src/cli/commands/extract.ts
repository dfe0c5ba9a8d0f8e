import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { Command } from 'commander';
import { isNewsgraphError } from '../../errors';
import { parseArticleFile, readNdjsonArticles } from '../../extract/input';
import type { ArticleReadResult } from '../../extract/input';
import type { Extractor } from '../../extract/pipeline';
import type { ExtractionResult } from '../../model/extraction';
import type { CliContext } from '../cli-context';
import { printJson } from '../cli-context';
import { ExitCode } from '../exit-codes';

export interface ExtractCommandDeps {
  /** Builds the extractor on first use (loading models costs a few hundred ms). */
  createExtractor?: () => Extractor;
  stdin?: NodeJS.ReadableStream;
}

interface ExtractOptions {
  json?: boolean;
  ndjson?: boolean;
}

/** What `--ndjson` writes instead of a result for an item that could not be processed. */
interface ItemError {
  error: { code: string; message: string; line?: number };
}

/**
 * `newsgraph extract <file|->`: entities, relations, quotes and dates of each article, in the
 * ExtractionResult contract. `--json` prints the result (an array when the input holds several
 * articles); `--ndjson` reads one JSON article per line and writes one result per line, in
 * order, with `{"error": …}` in place of a result for a bad line. Exit code 1 if any item failed.
 */
export function extractCommand(ctx: CliContext, deps: ExtractCommandDeps = {}): Command {
  return new Command('extract')
    .description(
      'extract entities, relations, quotes and dates from articles (text, HTML, JSON, NDJSON)',
    )
    .argument('[file]', 'article file, or - for stdin', '-')
    .option('--json', 'print the ExtractionResult contract as JSON')
    .option('--ndjson', 'read one JSON article per line; write one result (or error) per line')
    .action(async (file: string, options: ExtractOptions) => {
      // Loaded when this command runs, not when the CLI starts: other commands (ingest above
      // all) should not carry the NLP model in the main thread.
      const create =
        deps.createExtractor ??
        (await import('../../extract/default-extractor')).createDefaultExtractor;
      let extractor: Extractor | undefined;
      const extract = (): Extractor => (extractor ??= create());
      const stdin = deps.stdin ?? process.stdin;
      const origin = file === '-' ? 'stdin' : file;
      if (options.ndjson) {
        // process.stdin is a Readable; the wider NodeJS type is only what tests may inject.
        const source = file === '-' ? (stdin as Readable) : createReadStream(file);
        for await (const item of readNdjsonArticles(source, { origin })) {
          const outcome = process1(extract, item);
          if ('error' in outcome) ctx.setExitCode(ExitCode.FAILED);
          ctx.stdout.write(`${JSON.stringify(outcome)}\n`);
        }
        return;
      }
      const source = file === '-' ? await readAll(stdin) : file;
      const items = await parseArticleFile(source, { origin });
      const outcomes = items.map((item) => process1(extract, item));
      for (const o of outcomes) {
        if ('error' in o) {
          ctx.setExitCode(ExitCode.FAILED);
          ctx.stderr.write(`error: ${o.error.message}\n`);
        }
      }
      const results = outcomes.filter((o): o is ExtractionResult => !('error' in o));
      if (options.json)
        printJson(ctx, results.length === 1 && items.length === 1 ? results[0] : results);
      else for (const r of results) ctx.stdout.write(summarise(r));
    });
}

function process1(extract: () => Extractor, item: ArticleReadResult): ExtractionResult | ItemError {
  const line = item.line !== undefined ? { line: item.line } : {};
  if (!item.ok) return { error: { code: item.error.code, message: item.error.message, ...line } };
  try {
    return extract()(item.input);
  } catch (error) {
    // One bad article never stops the others; unexpected failures are reported, not thrown.
    const code = isNewsgraphError(error) ? error.code : 'INTERNAL';
    const message = error instanceof Error ? error.message : String(error);
    return { error: { code, message, ...line } };
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  }
  return Buffer.concat(chunks);
}

function summarise(r: ExtractionResult): string {
  const names = new Map(r.entities.map((e) => [e.id, e.name]));
  const lines = [
    `# ${r.title ?? r.id}`,
    `entities (${r.entities.length}): ${r.entities.map((e) => `${e.name} [${e.type}]`).join(', ')}`,
    `relations (${r.relations.length}):`,
    ...r.relations.map(
      (x) =>
        `  ${names.get(x.subject) ?? x.subject} ${x.type} ${names.get(x.object) ?? x.object}` +
        `${x.date ? ` @${x.date.value}` : ''} (${x.modality}, ${x.confidence}, ${x.rule})`,
    ),
    `quotes (${r.quotes.length}):`,
    ...r.quotes.map(
      (q) =>
        `  ${names.get(q.speaker ?? '') ?? '?'}: “${q.text.slice(0, 80)}${q.text.length > 80 ? '…' : ''}”`,
    ),
    '',
  ];
  return `${lines.join('\n')}\n`;
}
