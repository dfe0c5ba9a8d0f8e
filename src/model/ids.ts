import { createHash } from 'node:crypto';
import type { EntityType } from './entity-types';

/** Letters, digits and single inner spaces only: such a name's normal form is its lower case. */
const PLAIN_NAME = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/**
 * Lower-case, strip diacritics and punctuation, collapse spaces: the form aliases are matched in.
 * Resolution calls this for every name and name token it compares (millions of calls on a
 * corpus); most are plain ASCII words, for which lower-casing gives the same result about four
 * times faster than decomposing and scanning for marks and punctuation.
 */
export function normaliseName(name: string): string {
  if (PLAIN_NAME.test(name)) return name.toLowerCase();
  return normaliseByDecomposition(name);
}

/** normaliseName's general path, for any text; exported so tests hold the fast path to it. */
export function normaliseByDecomposition(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The canonical key of an entity: its Wikidata QID when known, else its type and normalised name. */
export function canonicalKey(type: EntityType, name: string, wikidataId?: string): string {
  if (wikidataId) return `wd:${wikidataId}`;
  return `${type.toLowerCase()}:${normaliseName(name).replace(/ /g, '-')}`;
}

function shortHash(parts: readonly (string | number | undefined)[]): string {
  return createHash('sha256')
    .update(parts.map((p) => String(p ?? '')).join('\u241f'))
    .digest('hex')
    .slice(0, 24);
}

export function statementId(
  articleId: string,
  type: string,
  subjectKey: string,
  objectKey: string,
  evidenceStart: number,
  rule: string,
): string {
  return `st_${shortHash([articleId, type, subjectKey, objectKey, evidenceStart, rule])}`;
}

export function quoteId(articleId: string, start: number, end: number): string {
  return `q_${shortHash([articleId, start, end])}`;
}

export function contentHash(title: string | undefined, text: string): string {
  return createHash('sha256')
    .update(title ?? '')
    .update('\u0000')
    .update(text)
    .digest('hex');
}
