import type { Token } from '../nlp';
import { firstTokenAtOrAfter } from '../relations/token-lookup';
import { attribution } from './attribute-adjacent-speaker';
import { firstPart, type Quotation } from './quotations';
import { skipFillers, subjectBeforeVerb } from './speaker-before-verb';
import { isPronoun, type SpeakerContext } from './speaker-context';
import { isSpeechVerb } from './speech-verbs';

/**
 * Verbs that report what someone said without a speech verb's usual layout: "accused Mr Blair's
 * government of "being less than straightforward"", "vowed to stand with Russia against "…"".
 */
const REPORTING_LEMMAS = new Set([
  'accuse',
  'describe',
  'call',
  'vow',
  'pledge',
  'urge',
  'promise',
  'confirm',
]);
const RELATIVE = /^(?:who|whom|which|that)$/i;
/** How far before the quote its reporting verb may stand. */
const MAX_REACH = 30;

function isReportingVerb(token: Token): boolean {
  if (token.pos === 'NOUN' || token.pos === 'PROPN') return false;
  return isSpeechVerb(token.lemma, token.value) || REPORTING_LEMMAS.has(token.lemma);
}

/**
 * A quote inside reported speech — `Mr Lebedev said there were "absurd contradictions"`, `the
 * US said the meeting was "much more efficient …"` — belongs to the subject of the nearest
 * reporting verb before it in its sentence. Only the nearest verb counts: in "Blair said the
 * plan, which critics described as "a whitewash", …" the quote is the critics', not Blair's, and
 * as "critics" names no one, the quote stays unattributed. A verb in a relative clause ("Ms
 * Hassan, who he described as …, and that he was "…"") is passed over: the quote is not its.
 */
export function attributeReportedSpeech(ctx: SpeakerContext, quotations: Quotation[]): void {
  const tokens = ctx.analysed.tokens;
  for (const q of quotations) {
    const first = firstPart(q);
    if (q.attribution || first.open === undefined || q.parts.length > 1) continue;
    const mark = firstTokenAtOrAfter(ctx.analysed, first.open);
    const sentence = tokens[mark]?.sentence;
    for (let v = mark - 1; v >= 0 && v >= mark - MAX_REACH; v -= 1) {
      const token = tokens[v] as Token;
      if (token.sentence !== sentence || /^["“”]$/.test(token.value)) break;
      if (!isReportingVerb(token) || inRelativeClause(tokens, v)) continue;
      const subject = subjectBeforeVerb(ctx, v);
      if (subject) {
        const a = attribution(subject, 'quote:reported-speech');
        // A fragment inside someone's reported words is a little less sure than a full quote.
        q.attribution = { ...a, confidence: a.confidence - 0.1 };
      }
      break;
    }
  }
}

/** "who he described", "which said": the verb belongs to a clause about someone else. */
function inRelativeClause(tokens: readonly Token[], verb: number): boolean {
  const subject = skipFillers(tokens, verb - 1, -1);
  const word = (i: number) => tokens[i]?.value ?? '';
  return (
    RELATIVE.test(word(subject)) || (isPronoun(tokens[subject]) && RELATIVE.test(word(subject - 1)))
  );
}
