import type { AnalysedText, Token } from '../nlp';
import type { EntityMention } from '../relations/mention-index';
import { firstTokenAtOrAfter, lastTokenEndingBy } from '../relations/token-lookup';
import { resolvePronoun } from './resolve-pronoun';
import { skipFillers, subjectBeforeVerb, type VerbSubject } from './speaker-before-verb';
import type { Attribution, SpeakerContext } from './speaker-context';
import { isPronoun, SPEAKER_TYPES } from './speaker-context';
import { isSpeechVerb } from './speech-verbs';

/** How far an appositive may run: `"…," Smith, the club's manager, said`. */
const MAX_APPOSITIVE = 12;
/** Capitalised title words before a name: `said Transport Secretary Alistair Darling`. */
const MAX_TITLE_WORDS = 4;
/** `said a spokesman for Lufthansa`: the organisation speaks. */
const SPOKESPERSON = /^(?:spokesman|spokeswoman|spokesperson|representative)$/i;

function isVerb(token: Token | undefined): boolean {
  return token !== undefined && isSpeechVerb(token.lemma, token.value) && token.pos !== 'NOUN';
}

/**
 * `“…,” Putin said`, `“…,” said Putin`, `“…,” he said`, `“…,” Smith, the manager, said`,
 * `“…,” said Transport Secretary Alistair Darling`, `“…,” said a spokesman for Lufthansa`,
 * `“…,” according to Smith`: the speaker named right after the closing mark.
 */
export function speakerAfterQuote(ctx: SpeakerContext, close: number): Attribution | undefined {
  const { analysed } = ctx;
  const tokens = analysed.tokens;
  let i = firstTokenAtOrAfter(analysed, close + 1);
  if (tokens[i]?.value === ',') i += 1;
  const first = tokens[i];
  if (!first) return undefined;
  if (isVerb(first)) return namedAfter(ctx, i + 1, 'quote:after:verb-speaker');
  if (first.value.toLowerCase() === 'according' && tokens[i + 1]?.value.toLowerCase() === 'to')
    return namedAfter(ctx, i + 2, 'quote:after:according-to');
  if (isPronoun(first)) {
    if (!isVerb(tokens[skipFillers(tokens, i + 1, 1)])) return undefined;
    const speaker = resolvePronoun(ctx, first);
    return speaker ? { speaker, rule: 'quote:after:pronoun-verb', confidence: 0.85 } : undefined;
  }
  const m = nameAt(ctx, i);
  if (!m) return undefined;
  let next = firstTokenAtOrAfter(analysed, m.end);
  if (tokens[next]?.value === ',') next = skipAppositive(analysed, next);
  if (!isVerb(tokens[skipFillers(tokens, next, 1)])) return undefined;
  return { speaker: m.entity, rule: 'quote:after:speaker-verb', confidence: 0.95 };
}

/** The speaker named from token `i` on: a name (after title words) or "a spokesman for X". */
function namedAfter(ctx: SpeakerContext, i: number, rule: string): Attribution | undefined {
  const m = nameAt(ctx, i);
  if (m) return { speaker: m.entity, rule, confidence: 0.95 };
  const org = spokespersonFor(ctx, i);
  return org ? { speaker: org.entity, rule: `${rule}:spokesperson`, confidence: 0.9 } : undefined;
}

/**
 * A speaker mention starting at token `i`, or the person after a few capitalised title words
 * ("Transport Secretary Alistair Darling", "US President George W Bush": not the US).
 */
function nameAt(ctx: SpeakerContext, i: number): EntityMention | undefined {
  const tokens = ctx.analysed.tokens;
  const sentence = tokens[i]?.sentence;
  let lead: EntityMention | undefined;
  let t = i;
  while (t <= i + MAX_TITLE_WORDS) {
    const token = tokens[t];
    if (!token || token.sentence !== sentence) break;
    const m = ctx.mentions.startingAt(token.start);
    if (m?.type === 'Person') return m;
    if (m && t === i && SPEAKER_TYPES.has(m.type)) {
      lead = m;
      t = firstTokenAtOrAfter(ctx.analysed, m.end);
      continue;
    }
    if (!/^\p{Lu}\p{Ll}/u.test(token.value)) break;
    t += 1;
  }
  return lead;
}

/** "a spokesman for Lufthansa", "a BBC spokeswoman" → the organisation. */
function spokespersonFor(ctx: SpeakerContext, i: number): EntityMention | undefined {
  const tokens = ctx.analysed.tokens;
  if (!/^(?:a|an|the)$/i.test(tokens[i]?.value ?? '')) return undefined;
  let t = i + 1;
  const before = tokens[t] ? ctx.mentions.startingAt((tokens[t] as Token).start) : undefined;
  if (before?.type === 'Organization') {
    t = firstTokenAtOrAfter(ctx.analysed, before.end);
    return SPOKESPERSON.test(tokens[t]?.value ?? '') ? before : undefined;
  }
  if (!SPOKESPERSON.test(tokens[t]?.value ?? '')) return undefined;
  if (!/^(?:for|of|at)$/.test(tokens[t + 1]?.value ?? '')) return undefined;
  t += tokens[t + 2]?.value.toLowerCase() === 'the' ? 3 : 2;
  const org = tokens[t] ? ctx.mentions.startingAt((tokens[t] as Token).start) : undefined;
  return org?.type === 'Organization' ? org : undefined;
}

/**
 * The token after an appositive that starts at `comma`: after its closing comma, or at the
 * speech verb that ends the sentence when the writer left that comma out ("…, Rabbi Marvin Hier,
 * founder of … the Simon Wiesenthal Center said.", "…, Michael Lamberty, a Lufthansa spokesman
 * told the BBC."). -1 when there is no appositive.
 */
function skipAppositive(analysed: AnalysedText, comma: number): number {
  for (let j = comma + 1; j <= comma + MAX_APPOSITIVE; j += 1) {
    const token = analysed.tokens[j];
    if (!token || /[.;:"“”]/.test(token.value)) return -1;
    if (token.value === ',') return j + 1;
    if (isVerb(token) && endsSentenceSoon(analysed, j + 1)) return j;
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
    // "Said Mr Fogg:": the verb opens the sentence, the speaker follows it.
    if (analysed.tokens[v - 1]?.sentence !== analysed.tokens[v]?.sentence)
      return namedAfter(ctx, v + 1, 'quote:before:verb-speaker');
    const subject = subjectBeforeVerb(ctx, v);
    return subject ? attribution(subject, 'quote:before') : undefined;
  }
  return undefined;
}

/** An attribution from a verb's subject, less confident when a pronoun had to be resolved. */
export function attribution(subject: VerbSubject, rule: string): Attribution {
  switch (subject.via) {
    case 'name':
      return { speaker: subject.speaker, rule: `${rule}:speaker-verb`, confidence: 0.95 };
    case 'appositive':
      return { speaker: subject.speaker, rule: `${rule}:appositive-verb`, confidence: 0.9 };
    case 'pronoun':
      return { speaker: subject.speaker, rule: `${rule}:pronoun-verb`, confidence: 0.85 };
    default: {
      const never: never = subject.via;
      return never;
    }
  }
}

/** The sentence ends within a short object ("told the BBC."), with no verb before the stop. */
function endsSentenceSoon(analysed: AnalysedText, from: number): boolean {
  for (let j = from; j <= from + 3; j += 1) {
    const token = analysed.tokens[j];
    if (!token) return true;
    if (/^[.!]$/.test(token.value)) return true;
    if (token.pos === 'VERB' || token.pos === 'AUX' || /^[,;:"“”]$/.test(token.value)) return false;
  }
  return false;
}
