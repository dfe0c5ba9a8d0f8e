import { firstTokenAtOrAfter, lastTokenEndingBy } from '../relations/token-lookup';
import { firstPart, lastPart, type Quotation } from './quotations';
import type { SpeakerContext } from './speaker-context';
import { isSpeechVerb } from './speech-verbs';

/** At most this many tokens between an attributed quote and the next one it lends its speaker. */
const MAX_GAP_TOKENS = 16;
/** How far after a quote an attribution of its own would stand (`"…," said a spokesman.`). */
const OWN_ATTRIBUTION_REACH = 6;

/**
 * `"…," he said. "There is some truth in that …"`: a quote standing alone as a sentence right
 * after an attributed one is the same speaker going on — news names a new speaker when it
 * changes. Only when the words between them name no one else (people, organisations, countries)
 * and the quote has no attribution of its own after it (whose speaker we failed to name).
 */
export function attributeFollowOnQuotes(ctx: SpeakerContext, quotations: Quotation[]): void {
  const { analysed } = ctx;
  const text = analysed.text;
  for (let k = 1; k < quotations.length; k += 1) {
    const q = quotations[k] as Quotation;
    const previous = quotations[k - 1] as Quotation;
    const said = previous.attribution;
    if (q.attribution || !said) continue;
    const first = firstPart(q);
    const last = lastPart(q);
    if (first.open === undefined || last.continued) continue;
    const gapStart = lastPart(previous).close + 1;
    // A gap ending in ":" is an intro of its own ("The mayor then says:"), not a pause.
    if (!/(?:[.!?]|^)\s*$/.test(text.slice(gapStart, first.open))) continue;
    if (!/[.!?]$/.test(text.slice(last.content.start, last.content.end))) continue;
    const from = firstTokenAtOrAfter(analysed, gapStart);
    const to = lastTokenEndingBy(analysed, first.open);
    if (to - from + 1 > MAX_GAP_TOKENS) continue;
    const others = ctx.mentions
      .within(gapStart, first.open)
      .filter((m) => m.type !== 'Location' && m.entity !== said.speaker);
    if (others.length > 0 || hasOwnAttribution(ctx, last.close)) continue;
    q.attribution = {
      speaker: said.speaker,
      rule: 'quote:follow-on',
      confidence: Math.min(said.confidence, 0.85),
    };
  }
}

function hasOwnAttribution(ctx: SpeakerContext, close: number): boolean {
  const tokens = ctx.analysed.tokens;
  const after = firstTokenAtOrAfter(ctx.analysed, close + 1);
  for (let t = after; t < after + OWN_ATTRIBUTION_REACH; t += 1) {
    const token = tokens[t];
    if (!token || /^[.!?"“”]$/.test(token.value)) return false;
    if (isSpeechVerb(token.lemma, token.value) || token.value.toLowerCase() === 'according')
      return true;
  }
  return false;
}
