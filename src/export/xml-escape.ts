/**
 * Characters XML 1.0 forbids anywhere, even escaped: C0 controls other than tab, newline and
 * carriage return, lone surrogates, U+FFFE and U+FFFF. Article text scraped from the web carries
 * them now and then (form feeds, stray NULs); a single one makes the whole file unreadable.
 */
const FORBIDDEN_IN_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTRIBUTE_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES,
  '"': '&quot;',
  "'": '&apos;',
  // A parser normalises a raw tab or line break inside an attribute to a space; keep them.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Element content: forbidden characters removed, markup characters escaped. */
export function escapeXmlText(value: string): string {
  return value.replace(FORBIDDEN_IN_XML, '').replace(/[&<>]/g, (c) => TEXT_ESCAPES[c] ?? c);
}

/** A double- or single-quoted attribute value, whitespace preserved through parsing. */
export function escapeXmlAttribute(value: string): string {
  return value
    .replace(FORBIDDEN_IN_XML, '')
    .replace(/[&<>"'\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c);
}
