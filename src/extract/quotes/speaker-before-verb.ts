import type { Token } from '../nlp';
import type { EntityMention } from '../relations/mention-index';
import { firstTokenAtOrAfter } from '../relations/token-lookup';
import { resolvePronoun } from './resolve-pronoun';
import type { SpeakerContext } from './speaker-context';
import { isPronoun, SPEAKER_TYPES } from './speaker-context';

/** Adverbs and auxiliaries allowed between a speaker and the speech verb ("Putin later said"). */
const FILLERS = new Set([
  'also',
  'later',
  'has',
  'had',
  'have',
  'then',
  'again',
  'further',
  'once',
]);
/** How far back an appositive between commas may reach: "the chairman, Mr X of Iceland, warned". */
const MAX_APPOSITIVE = 12;

export interface VerbSubject {
  speaker: string;
  /** 'pronoun' when "he"/"she" was resolved, which is less sure. */
  via: 'name' | 'pronoun' | 'appositive';
}

/** Index of the first token at or after `index` (stepping by `step`) that is not a filler. */
export function skipFillers(tokens: readonly Token[], index: number, step: 1 | -1): number {
  let i = index;
  while (FILLERS.has(tokens[i]?.value.toLowerCase() ?? '')) i += step;
  return i;
}

/**
 * Who speaks through the verb at token `verb`, read from the words right before it:
 * "Putin (later) said", "he said", "Johannesson of Iceland warned", "the chairman, Ambassador
 * Stefan Johannesson of Iceland, warned", "Brown, the chancellor, said", and a participle
 * clause after the subject's own clause ("Mr Khodorkovsky began his testimony, telling …").
 */
export function subjectBeforeVerb(ctx: SpeakerContext, verb: number): VerbSubject | undefined {
  const tokens = ctx.analysed.tokens;
  const sentence = tokens[verb]?.sentence;
  const i = skipFillers(tokens, verb - 1, -1);
  const token = tokens[i];
  if (!token || token.sentence !== sentence) return undefined;
  if (isPronoun(token)) {
    const speaker = resolvePronoun(ctx, token);
    return speaker ? { speaker, via: 'pronoun' } : undefined;
  }
  if (token.value === ',') return appositiveSubject(ctx, i, verb);
  const m = nameEndingAt(ctx, i);
  if (!m || coordinated(ctx, m)) return undefined;
  return { speaker: m.entity, via: 'name' };
}

/** "Portugal and the Czech Republic (…) have announced": several speakers, none to name. */
function coordinated(ctx: SpeakerContext, m: EntityMention): boolean {
  const tokens = ctx.analysed.tokens;
  let before = firstTokenAtOrAfter(ctx.analysed, m.start) - 1;
  if (tokens[before]?.value.toLowerCase() === 'the') before -= 1;
  const word = tokens[before];
  // A sentence may open with "And": that joins sentences, not speakers.
  if (!word || tokens[before - 1]?.sentence !== word.sentence) return false;
  return /^(?:and|or|&)$/i.test(word.value);
}

/** The speaker mention ending with token `index`, looking through "X of <Place>". */
function nameEndingAt(ctx: SpeakerContext, index: number): EntityMention | undefined {
  const tokens = ctx.analysed.tokens;
  const token = tokens[index];
  if (!token) return undefined;
  const m = ctx.mentions.endingAt(token.end);
  if (!m) return undefined;
  if (m.type === 'Location' || m.type === 'Country') {
    const first = firstTokenAtOrAfter(ctx.analysed, m.start);
    if (tokens[first - 1]?.value.toLowerCase() === 'of') {
      const person = ctx.mentions.endingAt(tokens[first - 2]?.end ?? -1);
      if (person?.type === 'Person') return person;
    }
  }
  return SPEAKER_TYPES.has(m.type) ? m : undefined;
}

/**
 * `, <words>, said`: the words between the two commas name the speaker when they are a name
 * (with its title) — otherwise they describe the speaker named before the first comma. A clause
 * from the sentence start to the comma before an "-ing" verb has the speaker as its subject.
 */
function appositiveSubject(
  ctx: SpeakerContext,
  comma: number,
  verb: number,
): VerbSubject | undefined {
  const tokens = ctx.analysed.tokens;
  const sentence = tokens[comma]?.sentence;
  let open = comma - 1;
  while (
    open > comma - MAX_APPOSITIVE &&
    tokens[open]?.sentence === sentence &&
    tokens[open]?.value !== ','
  )
    open -= 1;
  const atStart = tokens[open]?.sentence !== sentence;
  if (!atStart && tokens[open]?.value !== ',') return undefined;
  if (atStart && !/ing$/.test(tokens[verb]?.value ?? '')) return undefined;
  const named = nameOpening(ctx, open + 1, comma);
  if (named) return { speaker: named.entity, via: 'appositive' };
  if (atStart) return undefined;
  const before = nameEndingAt(ctx, open - 1);
  return before && !coordinated(ctx, before) ? { speaker: before.entity, via: 'name' } : undefined;
}

/** The person named at the start of tokens [from, to), after capitalised title words only. */
function nameOpening(ctx: SpeakerContext, from: number, to: number): EntityMention | undefined {
  const tokens = ctx.analysed.tokens;
  for (let t = from; t < to; t += 1) {
    const token = tokens[t] as Token;
    const m = ctx.mentions.startingAt(token.start);
    if (m?.type === 'Person') {
      const rivals = ctx.mentions
        .within(token.start, tokens[to - 1]?.end ?? token.end)
        .filter((o) => o.type === 'Person' && o.entity !== m.entity);
      return rivals.length === 0 ? m : undefined;
    }
    if (!/^\p{Lu}/u.test(token.value)) return undefined;
  }
  return undefined;
}
