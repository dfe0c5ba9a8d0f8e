import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { RemovedText } from './removed-text';

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'NAV',
  'FOOTER',
  'ASIDE',
  'FORM',
  'BUTTON',
  'SVG',
  'IFRAME',
  'HEAD',
]);
const CAPTION_TAGS = new Set(['FIGCAPTION']);

export interface HtmlArticle {
  title?: string;
  paragraphs: string[];
  removed: RemovedText[];
}

/** The minimal DOM surface we walk; linkedom's node types are looser than lib.dom's. */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

const DOCUMENT_TAG = /<(?:!doctype|html|head|body)[\s>]/i;

/**
 * A fragment ("<p>…</p>", as feeds and JSON records carry) as a whole document: linkedom makes
 * a fragment's first element the document element and leaves the body empty, so the text of
 * the fragment would be lost.
 */
function asDocument(html: string): string {
  return DOCUMENT_TAG.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
}

/**
 * Reduce an HTML page to its article: Readability picks the main content (dropping navigation,
 * footers, sidebars); we then walk it to keep paragraph structure, which Readability's flat
 * `textContent` loses, and leave figure captions out. Pages too small for Readability fall back
 * to the body without its navigation and footer.
 */
export function htmlToParagraphs(input: string): HtmlArticle {
  const html = asDocument(input);
  const removed: RemovedText[] = [];
  const { document } = parseHTML(html);
  const headline = document.querySelector('h1')?.textContent?.trim() || undefined;
  const fallbackTitle = document.querySelector('title')?.textContent?.trim() || undefined;
  // Readability mutates the document it reads; the fallback needs the untouched body.
  const article = new Readability(
    parseHTML(html).document as unknown as ConstructorParameters<typeof Readability>[0],
  ).parse();
  let root: DomNode | null;
  if (article?.content) {
    root = parseHTML(`<html><body>${article.content}</body></html>`).document
      .body as unknown as DomNode;
  } else {
    removed.push({ kind: 'html-boilerplate', text: 'readability found no article; used <body>' });
    root = document.body as unknown as DomNode | null;
  }
  const paragraphs: string[] = [];
  const current: string[] = [];
  const flush = (): void => {
    const block = current.join('').replace(/\s+/g, ' ').trim();
    current.length = 0;
    if (block !== '') paragraphs.push(block);
  };
  const walk = (node: DomNode): void => {
    if (node.nodeType === 3) {
      current.push(node.textContent ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) return;
    if (CAPTION_TAGS.has(tag)) {
      const caption = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (caption) removed.push({ kind: 'caption', text: caption });
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i += 1) walk(node.childNodes[i] as DomNode);
    if (block) flush();
  };
  if (root) walk(root);
  flush();
  const title = headline ?? article?.title?.trim() ?? fallbackTitle;
  if (title && paragraphs[0] === title)
    removed.push({ kind: 'title', text: paragraphs.shift() as string });
  return { title: title || undefined, paragraphs, removed };
}
