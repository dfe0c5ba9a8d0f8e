import { InvalidArticleError } from '../../errors';
import type { ArticleInput } from '../../model/article-input';
import { tooLarge } from './decode-article-bytes';

const STRING_FIELDS = ['id', 'url', 'title', 'source', 'publishedAt', 'text', 'html'] as const;

/**
 * Validate one parsed JSON value as an article record `{id?, url?, title?, source?,
 * publishedAt?, text? | html?}`. Unknown fields (a BBC `category`, say) are ignored.
 */
export function articleFromRecord(value: unknown, item: string, maxBytes: number): ArticleInput {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidArticleError(item, `expected a JSON object, found ${describe(value)}`);
  }
  const record = value as Record<string, unknown>;
  const input: ArticleInput = { origin: item };
  for (const field of STRING_FIELDS) {
    const v = record[field];
    if (v === undefined || v === null) continue;
    if (field === 'id' && typeof v === 'number') {
      input.id = String(v);
      continue;
    }
    if (typeof v !== 'string') {
      throw new InvalidArticleError(
        item,
        `field "${field}" must be a string, found ${describe(v)}`,
      );
    }
    input[field] = v;
  }
  const body = input.text ?? input.html;
  if (body === undefined || body.trim() === '') {
    throw new InvalidArticleError(item, 'record needs a non-empty "text" or "html" field');
  }
  // String length counts UTF-16 units; bytes are what the limit means, so measure only when close.
  if (body.length * 3 > maxBytes) {
    const size = Buffer.byteLength(body, 'utf8');
    if (size > maxBytes) throw tooLarge(item, size, maxBytes);
  }
  if (body.includes('\u0000')) throw new InvalidArticleError(item, 'binary content, not text');
  return input;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}
