import type { AnalysedText } from '../nlp';
import type { RawMention } from './raw-mention';
import { displayName, isNameToken, isPossessive, tokenText } from './token-predicates';

const COMMEMORATION_NOUNS = new Set([
  'commemorations',
  'commemoration',
  'events',
  'celebrations',
  'celebration',
  'parade',
  'ceremony',
  'ceremonies',
  'festivities',
  'anniversary',
]);
const GATHERING_NOUNS = new Set([
  'summit',
  'talks',
  'conference',
  'forum',
  'games',
  'championship',
  'election',
  'elections',
]);

/**
 * Events named by pattern. "<Event or Day> commemorations/events/parade" and "the Nth
 * anniversary of …" are commemorations; within one article they are one event, named after the
 * day they mark when the article names it ("Victory Day commemorations"). "<Name> summit/talks"
 * are gatherings. "<Person>’s visit" is a visit event of that person.
 */
export function eventPatterns(a: AnalysedText, mentions: readonly RawMention[]): RawMention[] {
  const { tokens } = a;
  const out: RawMention[] = [];
  for (const m of mentions) {
    const next = tokens[m.endToken]?.value.toLowerCase() ?? '';
    if (m.type === 'Event' && COMMEMORATION_NOUNS.has(next)) {
      out.push(
        commemoration(
          m.firstToken,
          m.endToken + 1,
          m.name,
          a,
          m.entry?.kind === 'commemoration' ? 2 : 1,
        ),
      );
    } else if ((m.type === 'Organization' || m.type === 'Country') && GATHERING_NOUNS.has(next)) {
      const name = `${m.name} ${next}`;
      out.push({
        firstToken: m.firstToken,
        endToken: m.endToken + 1,
        type: 'Event',
        name,
        source: 'pattern:event',
        confidence: 0.75,
        attributes: { kind: next },
      });
    } else if (
      m.type === 'Person' &&
      isPossessive(tokens[m.endToken]) &&
      /^(?:state )?visit$/.test(visitWords(a, m.endToken + 1))
    ) {
      const end = m.endToken + 1 + visitWords(a, m.endToken + 1).split(' ').length;
      out.push({
        firstToken: m.firstToken,
        endToken: end,
        type: 'Event',
        name: `${m.name}'s visit`,
        source: 'pattern:visit',
        confidence: 0.7,
        attributes: { kind: 'visit', visitor: m.entry?.key ?? m.name },
      });
    }
  }
  for (let t = 0; t + 2 < tokens.length; t += 1) {
    if (tokens[t]?.kind !== 'ordinal' || tokens[t + 1]?.value.toLowerCase() !== 'anniversary')
      continue;
    if (tokens[t + 2]?.value.toLowerCase() !== 'of') continue;
    let end = t + 3;
    while (
      end < tokens.length &&
      tokens[end]?.sentence === tokens[t]?.sentence &&
      (isNameToken(tokens[end]) || isPossessive(tokens[end]) || tokens[end]?.pos === 'NOUN')
    )
      end += 1;
    if (end > t + 3)
      out.push(commemoration(t, end, displayName(tokenText(tokens, t, end, a.text)), a, 0));
  }
  return out;
}

function visitWords(a: AnalysedText, at: number): string {
  const w1 = a.tokens[at]?.value.toLowerCase();
  if (w1 === 'visit') return 'visit';
  if (w1 === 'state' && a.tokens[at + 1]?.value.toLowerCase() === 'visit') return 'state visit';
  return '';
}

function commemoration(
  first: number,
  end: number,
  of: string,
  a: AnalysedText,
  rank: number,
): RawMention {
  return {
    firstToken: first,
    endToken: end,
    type: 'Event',
    name: rank === 0 ? of : `${of} commemorations`,
    source: 'pattern:commemoration',
    confidence: 0.7,
    attributes: { kind: 'commemoration', _rank: String(rank) },
  };
}
