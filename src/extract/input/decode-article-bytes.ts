import { InvalidArticleError } from '../../errors';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** How much of the input the binary sniffing looks at: enough to be sure, cheap on 10 MB. */
const SNIFF_BYTES = 8192;
/** Share of control bytes above which an input is binary rather than text with a few oddities. */
const MAX_CONTROL_SHARE = 0.1;

/**
 * Decode one item's bytes as UTF-8 text, or explain why they are not an article: empty, too
 * large, binary (NUL bytes or mostly control characters) or not valid UTF-8.
 */
export function decodeArticleBytes(bytes: Uint8Array, item: string, maxBytes: number): string {
  if (bytes.length > maxBytes) throw tooLarge(item, bytes.length, maxBytes);
  if (looksBinary(bytes)) throw new InvalidArticleError(item, 'binary content, not text');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch (cause) {
    throw new InvalidArticleError(item, 'not valid UTF-8 text', { cause });
  }
  if (text.trim() === '') throw new InvalidArticleError(item, 'empty article');
  return text;
}

export function tooLarge(item: string, size: number, maxBytes: number): InvalidArticleError {
  return new InvalidArticleError(
    item,
    `article is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit`,
  );
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB (${n} bytes)`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB (${n} bytes)`;
  return `${n} bytes`;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i += 1) {
    const b = bytes[i] as number;
    if (b === 0) return true;
    // Tab, LF, FF, CR and ESC-free text is the norm; other C0 bytes mark binary formats.
    if (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13) control += 1;
  }
  if (n > 0 && control / n > MAX_CONTROL_SHARE) return true;
  // A NUL past the sniffed prefix still means binary; indexOf is a fast native scan.
  return (
    bytes.length > n && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).indexOf(0) >= 0
  );
}
