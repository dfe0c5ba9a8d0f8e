import type { AnalysedText } from '../nlp';
import { institutionTypeOfName } from './institution-head';
import type { RawMention } from './raw-mention';
import { displayName, isNameToken, isPossessive, tokenText } from './token-predicates';

/** Heads of a country's institutions: "Ukraine's foreign ministry", "Russia's central bank". */
const INSTITUTION_PHRASES: readonly string[][] = [
  'foreign ministry',
  'defence ministry',
  'defense ministry',
  'interior ministry',
  'finance ministry',
  'health ministry',
  'justice ministry',
  'economy ministry',
  'trade ministry',
  'foreign office',
  'home office',
  'central bank',
  'supreme court',
  'constitutional court',
  'security service',
  'security council',
  'armed forces',
  'air force',
  'state department',
  'justice department',
  'parliament',
  'government',
  'army',
  'navy',
  'military',
  'embassy',
  'cabinet',
  'senate',
  'congress',
  'ministry',
  'treasury',
]
  .map((p) => p.split(' '))
  .sort((a, b) => b.length - a.length);

/**
 * Two possessive patterns. "<Organisation>’s <Name>" makes a person affiliated with the
 * organisation ("Al Jazeera’s Yulia Shapovalova" → attributes.affiliation). "<Country>’s
 * <institution>" makes an organisation of that country ("Ukraine’s foreign ministry").
 */
export function possessivePatterns(a: AnalysedText, owners: readonly RawMention[]): RawMention[] {
  const out: RawMention[] = [];
  const { tokens } = a;
  for (const owner of owners) {
    if (!isPossessive(tokens[owner.endToken])) continue;
    const start = owner.endToken + 1;
    if (owner.type === 'Organization' || owner.type === 'Country') {
      let end = start;
      while (
        end < tokens.length &&
        end - start < 3 &&
        isNameToken(tokens[end]) &&
        tokens[end]?.pos === 'PROPN'
      )
        end += 1;
      // "India's Bombay Stock Exchange" names no person: the tagger reads it.
      const name = displayName(tokenText(tokens, start, end, a.text));
      if (end - start >= 2 && institutionTypeOfName(name) === undefined) {
        out.push({
          firstToken: start,
          endToken: end,
          type: 'Person',
          name,
          source: 'pattern:affiliation',
          confidence: 0.8,
          attributes: { affiliation: owner.entry?.key ?? owner.name },
        });
        continue;
      }
    }
    if (owner.type !== 'Country') continue;
    const phrase = INSTITUTION_PHRASES.find((words) =>
      words.every((w, i) => tokens[start + i]?.value.toLowerCase() === w),
    );
    if (!phrase) continue;
    const end = start + phrase.length;
    out.push({
      firstToken: owner.firstToken,
      endToken: end,
      type: 'Organization',
      name: displayName(tokenText(tokens, owner.firstToken, end, a.text)),
      source: 'pattern:institution',
      confidence: 0.8,
      attributes: { country: owner.entry?.key ?? owner.name, kind: phrase.join(' ') },
    });
  }
  return out;
}
