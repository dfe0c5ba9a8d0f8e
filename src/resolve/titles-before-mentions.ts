import type { Mention } from '../model/extraction';
import { OFFICE_TITLES } from './person-titles';

const MAX_TITLE_WORDS = 3;
const LOOK_BACK_CHARS = 60;
/** "Mr.", "Gen.", "Prof.": a full stop after a longer word ends the sentence before ("leader."). */
const MAX_ABBREVIATION_LETTERS = 4;

/** The office word a token spells, or null; a word that ends a sentence is no title. */
function titleOf(token: string): string | null {
  const word = token.toLowerCase();
  const bare = word.replace(/\.$/, '');
  if (bare !== word && bare.length > MAX_ABBREVIATION_LETTERS) return null;
  return OFFICE_TITLES.has(bare) ? bare : null;
}

/**
 * Titled forms the extractor cut off a person's mentions: "Blair" written as "Mr Blair", "Brown"
 * as "Chancellor Brown". Only the office words right before the mention count (up to three, in
 * the same sentence), so "Mr Blair" and "Mrs Blair" stay distinguishable; they are context for
 * choosing among namesakes and aliases for later articles.
 */
export function titledFormsBeforeMentions(text: string, mentions: readonly Mention[]): string[] {
  const forms = new Set<string>();
  for (const mention of mentions) {
    const before = text.slice(Math.max(0, mention.start - LOOK_BACK_CHARS), mention.start);
    if (!/\s$/.test(before)) continue;
    const words = before.trimEnd().split(/\s+/);
    const titles: string[] = [];
    while (titles.length < MAX_TITLE_WORDS) {
      const word = words.at(-1 - titles.length);
      if (word === undefined || titleOf(word) === null) break;
      titles.unshift(word);
    }
    if (titles.length > 0) forms.add(`${titles.join(' ')} ${mention.text}`);
  }
  return [...forms];
}
