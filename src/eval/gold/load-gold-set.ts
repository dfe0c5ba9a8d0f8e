import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleInput } from '../../model/article-input';
import { InvalidInputError } from '../../errors';
import { goldArticleSchema, type GoldArticle } from './gold-article';

export interface GoldItem {
  file: string;
  gold: GoldArticle;
  input: ArticleInput;
}

/** Parse every *.json gold file in `dir`, naming the file in any validation error. */
export function readGoldFiles(dir: string): { file: string; gold: GoldArticle }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const parsed = goldArticleSchema.safeParse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
      if (!parsed.success) throw new InvalidInputError(`${file}: ${parsed.error.message}`);
      return { file, gold: parsed.data };
    });
}

/**
 * Attach each gold file's article, read from the shared data (`shared` = the ../shared folder).
 * Returns undefined when that folder is absent, so callers can skip with a message.
 */
export function loadGoldSet(dir: string, shared: string): GoldItem[] | undefined {
  const bbcPath = join(shared, 'data/bbc/bbc.ndjson');
  if (!existsSync(bbcPath)) return undefined;
  const bbc = new Map<string, { title: string; text: string }>();
  for (const line of readFileSync(bbcPath, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const record = JSON.parse(line) as { id: string; title: string; text: string };
    bbc.set(record.id, record);
  }
  return readGoldFiles(dir).map(({ file, gold }) => {
    if (gold.article.source === 'corpus') {
      const text = readFileSync(join(shared, 'corpus', gold.article.file), 'utf8');
      return { file, gold, input: { id: gold.article.file, text, origin: file } };
    }
    const record = bbc.get(gold.article.id);
    if (!record) throw new InvalidInputError(`${file}: no BBC article ${gold.article.id}`);
    return {
      file,
      gold,
      input: { id: `bbc:${gold.article.id}`, title: record.title, text: record.text, origin: file },
    };
  });
}
