import type { AnalysedText } from '../nlp';

/** What kind of gazetteer name a token is part of; each kind has B and I bits (see below). */
export const GAZETTEER_KINDS = ['country', 'demonym', 'city', 'organisation', 'person'] as const;
export type GazetteerKind = (typeof GAZETTEER_KINDS)[number];

export interface GazetteerName {
  name: string;
  kind: GazetteerKind;
}

/**
 * Marks tokens that are part of a known name. Per token a bit mask: bit 2k is "begins a name of
 * kind k", bit 2k+1 "continues one". These are features for the tagger, not decisions: CoNLL
 * calls "Chinese" MISC and "Washington" sometimes LOC, sometimes PER.
 */
export type GazetteerMatcher = (analysed: AnalysedText) => Uint16Array;

const KEY_LENGTH = 3;

/**
 * Index names by their first three lower-case characters, then at each capitalised token test
 * the candidates against the lower-cased text (one lower-casing per document, no per-token
 * slices). A match must end exactly at a token end.
 */
export function createGazetteerMatcher(names: readonly GazetteerName[]): GazetteerMatcher {
  const byKey = new Map<string, { name: string; kind: number }[]>();
  for (const { name, kind } of names) {
    const lower = name.toLowerCase().replace(/\s+/g, ' ').trim();
    if (lower.length < 2) continue;
    const key = lower.slice(0, KEY_LENGTH);
    const list = byKey.get(key) ?? [];
    list.push({ name: lower, kind: GAZETTEER_KINDS.indexOf(kind) });
    byKey.set(key, list);
  }
  for (const list of byKey.values()) list.sort((a, b) => b.name.length - a.name.length);

  return (analysed) => {
    const { tokens, text } = analysed;
    const marks = new Uint16Array(tokens.length);
    const lower = text.toLowerCase();
    // Lower-casing can change length for a few characters (İ); then offsets would not line up.
    if (lower.length !== text.length) return marks;
    for (let i = 0; i < tokens.length; i += 1) {
      const token = tokens[i]!;
      const first = token.value.charCodeAt(0);
      if (!(first >= 65 && first <= 90) && isLowerCase(token.value)) continue;
      const candidates = byKey.get(lower.slice(token.start, token.start + KEY_LENGTH));
      if (!candidates) continue;
      for (const candidate of candidates) {
        if (!lower.startsWith(candidate.name, token.start)) continue;
        const end = token.start + candidate.name.length;
        let j = i;
        while (j < tokens.length && tokens[j]!.end < end) j += 1;
        if (j >= tokens.length || tokens[j]!.end !== end) continue;
        marks[i] = (marks[i] ?? 0) | (1 << (2 * candidate.kind));
        for (let k = i + 1; k <= j; k += 1)
          marks[k] = (marks[k] ?? 0) | (1 << (2 * candidate.kind + 1));
        break;
      }
    }
    return marks;
  };
}

/**
 * `value === value.toLowerCase()`, without building the lower-cased copy for the ASCII words
 * that make up most tokens (only A-Z change there).
 */
function isLowerCase(value: string): boolean {
  for (let i = 0; i < value.length; i += 1) {
    const c = value.charCodeAt(i);
    if (c >= 65 && c <= 90) return false;
    if (c > 127) return value === value.toLowerCase();
  }
  return true;
}
