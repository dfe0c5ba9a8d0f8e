import type { AnalysedText, Token } from '../nlp';
import { firstTokenAtOrAfter, lastTokenEndingBy } from '../relations/token-lookup';
import type { Attribution, SpeakerContext } from './speaker-context';
import {
  isPronoun,
  resolvePronoun,
  speakerMentionAt,
  speakerMentionEndingAt,
} from './speaker-context';
import { isSpeechVerb } from './speech-verbs';

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
/** How far an appositive may run: `"…," Smith, the club's manager, said`. */
const MAX_APPOSITIVE = 10;

function isVerb(token: Token | undefined): boolean {
  return token !== undefined && isSpeechVerb(token.lemma, token.value);
}

function skipFillers(analysed: AnalysedText, index: number, step: 1 | -1): number {
  let i = index;
  while (FILLERS.has(analysed.tokens[i]?.value.toLowerCase() ?? '')) i += step;
  return i;
}

/**
 * `“…,” Putin said`, `“…,” said Putin`, `“…,” he said`, `“…,” Smith, the manager, said`: the
 * speaker named right after the closing mark.
 */
export function speakerAfterQuote(ctx: SpeakerContext, close: number): Attribution | undefined {
  const { analysed } = ctx;
  let i = firstTokenAtOrAfter(analysed, close + 1);
  if (analysed.tokens[i]?.value === ',') i += 1;
  const first = analysed.tokens[i];
  if (!first) return undefined;
  if (isVerb(first)) {
    const m = speakerMentionAt(ctx, i + 1);
    return m
      ? { speaker: m.entity, rule: 'quote:after:verb-speaker', confidence: 0.95 }
      : undefined;
  }
  if (isPronoun(first)) {
    if (!isVerb(analysed.tokens[skipFillers(analysed, i + 1, 1)])) return undefined;
    const speaker = resolvePronoun(ctx, first.start, first.sentence);
    return speaker ? { speaker, rule: 'quote:after:pronoun-verb', confidence: 0.85 } : undefined;
  }
  const m = speakerMentionAt(ctx, i);
  if (!m) return undefined;
  let next = firstTokenAtOrAfter(analysed, m.end);
  if (analysed.tokens[next]?.value === ',') next = skipAppositive(analysed, next);
  if (!isVerb(analysed.tokens[skipFillers(analysed, next, 1)])) return undefined;
  return { speaker: m.entity, rule: 'quote:after:speaker-verb', confidence: 0.95 };
}

function skipAppositive(analysed: AnalysedText, comma: number): number {
  for (let j = comma + 1; j <= comma + MAX_APPOSITIVE; j += 1) {
    const token = analysed.tokens[j];
    if (!token || /[.;:"“”]/.test(token.value)) return -1;
    if (token.value === ',') return j + 1;
  }
  return -1;
}

/** `Putin said: “…”`, `Smith told reporters: "…"`, `she added, "…"`: the speaker right before. */
export function speakerBeforeQuote(ctx: SpeakerContext, open: number): Attribution | undefined {
  const { analysed } = ctx;
  const punct = lastTokenEndingBy(analysed, open);
  const mark = analysed.tokens[punct]?.value;
  if (mark !== ':' && mark !== ',') return undefined;
  // A colon may follow an object ("told reporters:"); a comma must follow the verb itself.
  const reach = mark === ':' ? 4 : 1;
  for (let v = punct - 1; v >= punct - reach && v >= 0; v -= 1) {
    if (!isVerb(analysed.tokens[v])) continue;
    const before = skipFillers(analysed, v - 1, -1);
    const token = analysed.tokens[before];
    if (isPronoun(token) && token) {
      const speaker = resolvePronoun(ctx, token.start, token.sentence);
      return speaker ? { speaker, rule: 'quote:before:pronoun-verb', confidence: 0.85 } : undefined;
    }
    const m = speakerMentionEndingAt(ctx, before);
    return m
      ? { speaker: m.entity, rule: 'quote:before:speaker-verb', confidence: 0.95 }
      : undefined;
  }
  return undefined;
}
