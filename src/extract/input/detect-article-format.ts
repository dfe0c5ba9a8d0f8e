export type ArticleFormat = 'text' | 'html' | 'json' | 'ndjson';

const BY_EXTENSION: Record<string, ArticleFormat> = {
  txt: 'text',
  text: 'text',
  md: 'text',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  json: 'json',
  ndjson: 'ndjson',
  jsonl: 'ndjson',
};

/** The format a file name announces, if its extension is one we know. */
export function formatFromFileName(name: string): ArticleFormat | undefined {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? undefined : BY_EXTENSION[name.slice(dot + 1).toLowerCase()];
}

/**
 * Guess a format from the content: JSON starts with `{` or `[` (several lines that each start
 * with `{` make NDJSON), HTML starts with a tag, anything else is plain text.
 */
export function sniffArticleFormat(text: string): ArticleFormat {
  const head = text.slice(0, 4096).trimStart();
  if (head.startsWith('[')) return 'json';
  if (head.startsWith('{')) {
    const lines = head.split('\n').filter((l) => l.trim() !== '');
    const objectLines = lines.filter((l) => l.trimStart().startsWith('{')).length;
    // A pretty-printed object has one `{` line; NDJSON has one per record.
    return objectLines >= 2 && lines.every((l) => /^\s*[{]|^\s*$/.test(l)) ? 'ndjson' : 'json';
  }
  if (/^<(!doctype|html|head|body|article|div|p|main|section|h[1-6])\b/i.test(head)) return 'html';
  return 'text';
}
