import type { ExtractedQuote } from '../model/extraction';
import type { QuoteRecord } from '../model/graph';
import { quoteId } from '../model/ids';
import { byCodeUnits, scaledConfidence, type EntityReferences } from './entity-references';

/**
 * Quotes with speaker and named entities in global keys. A speaker that names nobody leaves
 * the quote unattributed rather than dropping the quote; confidence follows the speaker's
 * certainty, because an ambiguous speaker makes the attribution doubtful.
 */
export function buildQuotes(
  articleId: string,
  quotes: readonly ExtractedQuote[],
  refs: EntityReferences,
): QuoteRecord[] {
  const byId = new Map<string, QuoteRecord>();
  quotes.forEach((quote, i) => {
    const speaker =
      quote.speaker === undefined ? null : refs.resolve(quote.speaker, `quote ${i} speaker`);
    const mentioned = new Set<string>();
    for (const local of quote.mentions) {
      const key = refs.resolve(local, `quote ${i} mention`)?.key;
      if (key !== undefined) mentioned.add(key);
    }
    const record: QuoteRecord = {
      id: quoteId(articleId, quote.start, quote.end),
      text: quote.text,
      start: quote.start,
      end: quote.end,
      confidence: scaledConfidence(quote.confidence, speaker?.certainty ?? 1),
      rule: quote.rule,
      mentionedKeys: [...mentioned].sort(byCodeUnits),
    };
    if (speaker) record.speakerKey = speaker.key;
    const existing = byId.get(record.id);
    if (!existing || existing.confidence < record.confidence) byId.set(record.id, record);
  });
  return [...byId.values()].sort((a, b) => a.start - b.start || byCodeUnits(a.id, b.id));
}
