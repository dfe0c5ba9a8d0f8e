import type { ExtractedQuote } from '../../model/extraction';
import type { AnalysedText } from '../nlp';
import type { MentionIndex } from '../relations/mention-index';
import { speakerAfterQuote, speakerBeforeQuote } from './attribute-adjacent-speaker';
import { attributionLineQuotes } from './attribution-line-quotes';
import { attributeFollowOnQuotes } from './follow-on-quotes';
import { paragraphsOf } from './paragraphs';
import { firstPart, groupQuotations, lastPart, type Quotation } from './quotations';
import { findQuotedSpans } from './quoted-spans';
import { attributeReportedSpeech } from './reported-speech-quotes';
import type { Attribution, SpeakerContext } from './speaker-context';

/** Fewer words than this inside marks is a scare quote or a phrase ("dear friend"), not a quote. */
const MIN_WORDS = 4;

/**
 * Direct quotes with their speakers. Only attributed quotes are returned: a quote whose speaker
 * no rule can name with confidence is skipped, since a wrong attribution is worse than none.
 * Rules in order of trust: the attribution next to the quote (`"…," X said`, `X said: "…"`),
 * then a quote going on from the previous one, then a fragment inside reported speech. A
 * quotation over several paragraphs yields one quote per paragraph, all with its speaker.
 */
export function extractQuotes(analysed: AnalysedText, mentions: MentionIndex): ExtractedQuote[] {
  const text = analysed.text;
  const paragraphs = paragraphsOf(text);
  const spans = findQuotedSpans(text, paragraphs);
  const marked = spans.map((s) => s.content);
  const layoutQuotes = attributionLineQuotes({ analysed, mentions, quoted: marked }, paragraphs);
  const ctx: SpeakerContext = { analysed, mentions, quoted: [...marked, ...layoutQuotes] };
  const quotations = groupQuotations(spans);
  for (const q of quotations) {
    const adjacent = adjacentAttribution(ctx, q);
    if (adjacent) q.attribution = adjacent;
  }
  attributeFollowOnQuotes(ctx, quotations);
  attributeReportedSpeech(ctx, quotations);
  const out: ExtractedQuote[] = [...layoutQuotes];
  for (const q of quotations) {
    if (!q.attribution) continue;
    for (const part of q.parts) {
      const { start, end } = part.content;
      if (text.slice(start, end).split(/\s+/).length < MIN_WORDS) continue;
      const named = [...new Set(mentions.within(start, end).map((m) => m.entity))];
      out.push({ start, end, text: text.slice(start, end), ...q.attribution, mentions: named });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The speaker named after the quotation's closing mark or before its opening one. */
function adjacentAttribution(ctx: SpeakerContext, q: Quotation): Attribution | undefined {
  const first = firstPart(q);
  const last = lastPart(q);
  let attribution = last.continued ? undefined : speakerAfterQuote(ctx, last.close);
  if (!attribution && first.open !== undefined) attribution = speakerBeforeQuote(ctx, first.open);
  if (!attribution) return undefined;
  if (first.open === undefined)
    return { ...attribution, rule: `${attribution.rule}:missing-open-mark` };
  if (q.parts.length > 1) return { ...attribution, rule: `${attribution.rule}:paragraphs` };
  return attribution;
}
