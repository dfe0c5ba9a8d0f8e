import type { ExtractedQuote, Span } from '../../model/extraction';
import { firstTokenAtOrAfter, lastTokenEndingBy } from '../relations/token-lookup';
import type { Attribution, SpeakerContext } from './speaker-context';
import { speakerMentionEndingAt } from './speaker-context';
import { isSpeechVerb } from './speech-verbs';

const QUOTE_MARKS = /["“”„«»]/;
const MIN_QUOTE_WORDS = 5;
const MAX_ATTRIBUTION_TOKENS = 12;

/**
 * The layout of pages that set quotes as their own paragraph:
 *
 *     Appearing to criticize …, Xi said:
 *     In the face of the international counter-current …
 *     Chinese President Xi Jinping.
 *
 * An intro paragraph ending in a speech verb and a colon, a quote paragraph without quote marks,
 * and optionally a short line that is just the speaker's name (and affiliation). The speaker is
 * the person on that line; if the intro names someone else, the quote is skipped.
 */
export function attributionLineQuotes(
  ctx: SpeakerContext,
  paragraphs: readonly Span[],
): ExtractedQuote[] {
  const out: ExtractedQuote[] = [];
  const text = ctx.analysed.text;
  for (let i = 0; i + 1 < paragraphs.length; i += 1) {
    const intro = paragraphs[i] as Span;
    const body = paragraphs[i + 1] as Span;
    if (text[intro.end - 1] !== ':' || QUOTE_MARKS.test(text[body.start] as string)) continue;
    if (text.slice(body.start, body.end).split(/\s+/).length < MIN_QUOTE_WORDS) continue;
    if (text[body.end - 1] === ':') continue;
    const introSpeaker = speakerOfIntro(ctx, intro);
    if (introSpeaker === null) continue;
    const line = paragraphs[i + 2];
    const lineSpeaker = line ? speakerOfAttributionLine(ctx, line) : undefined;
    let attribution: Attribution | undefined;
    if (lineSpeaker && (!introSpeaker || introSpeaker === lineSpeaker)) {
      attribution = { speaker: lineSpeaker, rule: 'quote:attribution-line', confidence: 0.95 };
    } else if (!lineSpeaker && introSpeaker) {
      attribution = { speaker: introSpeaker, rule: 'quote:intro-colon', confidence: 0.85 };
    }
    if (!attribution) continue;
    const mentions = [...new Set(ctx.mentions.within(body.start, body.end).map((m) => m.entity))];
    out.push({
      start: body.start,
      end: body.end,
      text: text.slice(body.start, body.end),
      ...attribution,
      mentions,
    });
  }
  return out;
}

/**
 * The entity before the intro's last speech verb; undefined when the intro has a speech verb but
 * no named speaker; null when it has no speech verb at all (then it is not a quote intro).
 */
function speakerOfIntro(ctx: SpeakerContext, intro: Span): string | undefined | null {
  const { analysed } = ctx;
  const last = lastTokenEndingBy(analysed, intro.end);
  const first = firstTokenAtOrAfter(analysed, intro.start);
  for (let v = last - 1; v >= first; v -= 1) {
    const token = analysed.tokens[v];
    if (!token || !isSpeechVerb(token.lemma, token.value) || token.pos === 'NOUN') continue;
    const m = speakerMentionEndingAt(ctx, v - 1);
    return m?.type === 'Person' ? m.entity : undefined;
  }
  return null;
}

/** "Chinese President Xi Jinping." or "Yulia Shapovalova, Al Jazeera.": a name, then little else. */
function speakerOfAttributionLine(ctx: SpeakerContext, line: Span): string | undefined {
  const { analysed } = ctx;
  const text = analysed.text;
  if (text[line.end - 1] !== '.') return undefined;
  const first = firstTokenAtOrAfter(analysed, line.start);
  const last = lastTokenEndingBy(analysed, line.end);
  if (last - first + 1 > MAX_ATTRIBUTION_TOKENS) return undefined;
  const person = ctx.mentions.within(line.start, line.end).find((m) => m.type === 'Person');
  if (!person) return undefined;
  // Before the name only a title may stand (no verbs); after it, the full stop or a comma.
  for (let t = first; t <= last; t += 1) {
    const token = analysed.tokens[t];
    if (token && token.pos === 'VERB' && (token.end <= person.start || token.start >= person.end)) {
      return undefined;
    }
  }
  const after = text.slice(person.end, line.end).trim();
  return after === '.' || after.startsWith(',') ? person.entity : undefined;
}
