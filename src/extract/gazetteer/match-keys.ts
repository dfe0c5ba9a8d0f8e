/**
 * The form in which names are compared: lower case, no diacritics, no apostrophes; hyphenated
 * words become separate units so "Guinea-Bissau" matches however the tokenizer split it.
 */
export function unitsOfToken(value: string): string[] {
  const out: string[] = [];
  pushUnitsOfToken(value, out);
  return out;
}

/** unitsOfToken appended to `out`, with no array of its own (matching calls it per token). */
export function pushUnitsOfToken(value: string, out: string[]): void {
  if (value.indexOf('-') < 0) {
    const key = normaliseUnit(value);
    if (key !== '') out.push(key);
    return;
  }
  for (const part of value.split('-')) {
    const key = normaliseUnit(part);
    if (key !== '') out.push(key);
  }
}

const ASCII = /^[\x20-\x7e]*$/;

/** Whether the value is printable ASCII without an apostrophe or backtick: lower-casing is all. */
function isPlainAscii(value: string): boolean {
  for (let i = 0; i < value.length; i += 1) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || c === 39 || c === 96) return false;
  }
  return true;
}

function normaliseUnit(value: string): string {
  if (isPlainAscii(value)) return value.toLowerCase();
  // Most tokens are ASCII: skip the costly Unicode normalisation for them.
  const folded = ASCII.test(value)
    ? value.toLowerCase()
    : value
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase();
  return folded.replace(/[’'`]/g, '');
}

/**
 * Split a gazetteer name the way wink-nlp splits text: on spaces and hyphens, with possessive
 * "'s" and a trailing comma as their own tokens, so that names and text meet in the same units.
 */
export function unitsOfName(name: string): string[] {
  const out: string[] = [];
  for (const word of name.split(/\s+/)) {
    if (word === '') continue;
    const possessive = /^(.+?)([’']s)$/.exec(word);
    const parts = possessive ? [possessive[1] as string, possessive[2] as string] : [word];
    for (const part of parts) {
      const clean = part.endsWith(',') ? part.slice(0, -1) : part;
      out.push(...unitsOfToken(clean));
    }
  }
  return out;
}
