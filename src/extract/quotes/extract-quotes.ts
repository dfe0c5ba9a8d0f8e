import type { ExtractedQuote } from '../../model/extraction';
import type { AnalysedText } from '../nlp';
import type { MentionIndex } from '../relations/mention-index';
import { speakerAfterQuote, speakerBeforeQuote } from './attribute-adjacent-speaker';
import { attributionLineQuotes } from './attribution-line-quotes';
import { paragraphsOf } from './paragraphs';
import { findQuotedSpans } from './quoted-spans';
import type { SpeakerContext } from './speaker-context';

/** Fewer words than this inside marks is a scare quote or a phrase ("dear friend"), not a quote. */
const MIN_WORDS = 4;

/**
 * Direct quotes with their speakers. Only attributed quotes are returned: a quote whose speaker
 * no rule can name with confidence is skipped, since a wrong attribution is worse than none.
 */
export function extractQuotes(analysed: AnalysedText, mentions: MentionIndex): ExtractedQuote[] {
  const text = analysed.text;
  const paragraphs = paragraphsOf(text);
  const spans = findQuotedSpans(text, paragraphs);
  const marked = spans.map((s) => s.content);
  const layoutQuotes = attributionLineQuotes({ analysed, mentions, quoted: marked }, paragraphs);
  const ctx: SpeakerContext = { analysed, mentions, quoted: [...marked, ...layoutQuotes] };
  const out: ExtractedQuote[] = [...layoutQuotes];
  for (const span of spans) {
    const { start, end } = span.content;
    if (text.slice(start, end).split(/\s+/).length < MIN_WORDS) continue;
    let attribution = speakerAfterQuote(ctx, span.close);
    if (!attribution && span.open !== undefined) attribution = speakerBeforeQuote(ctx, span.open);
    if (!attribution) continue;
    if (span.open === undefined) {
      attribution = { ...attribution, rule: `${attribution.rule}:missing-open-mark` };
    }
    const named = [...new Set(mentions.within(start, end).map((m) => m.entity))];
    out.push({ start, end, text: text.slice(start, end), ...attribution, mentions: named });
  }
  return out.sort((a, b) => a.start - b.start);
}
