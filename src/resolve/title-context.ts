import { OFFICE_TITLES } from './person-titles';

/** The office words a set of forms uses: "Chancellor Brown" → {chancellor}. */
export function titleWords(forms: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const form of forms) {
    for (const token of form.split(/\s+/)) {
      const word = token.toLowerCase().replace(/\.$/, '');
      if (OFFICE_TITLES.has(word)) words.add(word);
    }
  }
  return words;
}

/**
 * Among candidates, the one whose stored aliases share the most office words with the article's
 * forms ("Chancellor Brown" singles out the Brown once called "Chancellor Gordon Brown"); null
 * when no candidate shares any, or two share as many.
 */
export function chooseByTitles(
  forms: readonly string[],
  candidates: readonly { key: string; aliases: readonly string[] }[],
): string | null {
  const ours = titleWords(forms);
  if (ours.size === 0) return null;
  let best: string | null = null;
  let bestScore = 0;
  let tied = false;
  for (const candidate of candidates) {
    const theirs = titleWords(candidate.aliases);
    const score = [...ours].filter((w) => theirs.has(w)).length;
    if (score > bestScore) {
      best = candidate.key;
      bestScore = score;
      tied = false;
    } else if (score === bestScore && score > 0) tied = true;
  }
  return tied ? null : best;
}
