import type { Token } from '../nlp';
import type { EntityMention } from '../relations/mention-index';
import { firstTokenAtOrAfter } from '../relations/token-lookup';
import type { SpeakerContext } from './speaker-context';
import { isInsideQuote } from './speaker-context';

/**
 * How many sentences back a pronoun may look for the person it stands for. Sentences of a quote
 * do not count: "Mr Davies said: "…" "…" "…" He added" still means Mr Davies.
 */
const PRONOUN_REACH = 3;
const MALE_HONORIFIC = /^(?:mr|sir|lord|prince|king|father|brother)\b\.?/i;
const FEMALE_HONORIFIC = /^(?:mrs|ms|miss|lady|dame|princess|queen|baroness|sister)\b\.?/i;

type Gender = 'male' | 'female';

/**
 * "he"/"she" → the person it stands for: the people of the last sentence (within a few, outside
 * quotes) that names anyone, less those the article marks as the other sex ("Mr", "Mrs" in any
 * of their mentions — the article's own words, no name list). One candidate left: that person.
 * Several: the one not inside a prepositional phrase ("Mr Kennedy" rather than "the re-election
 * of George W Bush"), when exactly one is. Otherwise ("Blair met Brown. He said") undefined: we
 * skip rather than guess.
 */
export function resolvePronoun(ctx: SpeakerContext, pronoun: Token): string | undefined {
  const gender: Gender = pronoun.value.toLowerCase() === 'she' ? 'female' : 'male';
  let last: EntityMention | undefined;
  for (const m of ctx.mentions.all) {
    if (m.start >= pronoun.start) break;
    if (m.type === 'Person' && !isInsideQuote(ctx, m.start)) last = m;
  }
  if (!last || narrativeSentencesBetween(ctx, last.sentence, pronoun.sentence) > PRONOUN_REACH)
    return undefined;
  const inSentence = ctx.mentions
    .inSentence(last.sentence)
    .filter((m) => m.type === 'Person' && m.start < pronoun.start && !isInsideQuote(ctx, m.start))
    .filter((m) => genderOf(ctx, m.entity) !== opposite(gender));
  const people = new Set(inSentence.map((m) => m.entity));
  if (people.size === 1) return [...people][0];
  const free = new Set(inSentence.filter((m) => !afterPreposition(ctx, m)).map((m) => m.entity));
  return free.size === 1 ? [...free][0] : undefined;
}

function opposite(g: Gender): Gender {
  return g === 'male' ? 'female' : 'male';
}

/** The sex an article marks a person with, from an honorific in any of their mentions. */
function genderOf(ctx: SpeakerContext, entity: string): Gender | undefined {
  let found: Gender | undefined;
  for (const m of ctx.mentions.all) {
    if (m.entity !== entity) continue;
    const g = MALE_HONORIFIC.test(m.text)
      ? 'male'
      : FEMALE_HONORIFIC.test(m.text)
        ? 'female'
        : undefined;
    if (g && found && g !== found) return undefined;
    found = g ?? found;
  }
  return found;
}

/** "of George W Bush", "with US President George W Bush": a name governed by a preposition. */
function afterPreposition(ctx: SpeakerContext, m: EntityMention): boolean {
  const tokens = ctx.analysed.tokens;
  let i = firstTokenAtOrAfter(ctx.analysed, m.start) - 1;
  // Walk back over a title ("US President"); a capitalised preposition ("With") still counts.
  const titleWord = (t: Token | undefined) =>
    t !== undefined && t.sentence === m.sentence && t.pos !== 'ADP' && /^\p{Lu}/u.test(t.value);
  while (titleWord(tokens[i])) i -= 1;
  const before = tokens[i];
  return before !== undefined && before.sentence === m.sentence && before.pos === 'ADP';
}

/** Sentences after `from` up to `to` that do not start inside a quote. */
function narrativeSentencesBetween(ctx: SpeakerContext, from: number, to: number): number {
  let n = 0;
  for (let s = from + 1; s <= to; s += 1) {
    const sentence = ctx.analysed.sentences[s];
    if (sentence && !isInsideQuote(ctx, sentence.start + 1)) n += 1;
  }
  return n;
}
