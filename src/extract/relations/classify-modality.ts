import type { Modality } from '../../model/entity-types';
import type { Span } from '../../model/extraction';
import type { AnalysedText } from '../nlp';

const NEGATION = new Set([
  'not',
  "n't",
  'never',
  'deny',
  'refuse',
  'fail',
  'no',
  'neither',
  'nor',
  'without',
]);
const HEDGES = new Set([
  'may',
  'might',
  'could',
  'would',
  'should',
  'will',
  '’ll',
  "'ll",
  'expect',
  'likely',
  'unlikely',
  'plan',
  'hope',
  'reportedly',
  'allegedly',
  'possibly',
  'probably',
  'perhaps',
  'due',
  'want',
  'seek',
  'aim',
  'intend',
  'consider',
  'propose',
  'if',
  'whether',
  'rumour',
  'rumor',
  'speculation',
  'poised',
  'prepare',
  'try',
  'attempt',
  'threaten',
  'offer',
]);
/** Verbs that put what follows in someone's mouth: "X said (that) A met B". */
const REPORTING = new Set([
  'say',
  'said',
  'claim',
  'tell',
  'told',
  'report',
  'believe',
  'think',
  'suggest',
  'insist',
  'argue',
  'allege',
  'according',
]);
/** How far before the subject a hedge or reporting verb still governs the claim. */
const LEAD_IN = 6;
/** How far before the subject a reporting verb governs it ("said that the"). */
const REPORT_REACH = 4;

/**
 * Whether a claim is stated as fact. Cues are looked for between the subject and the object and
 * a few words before the subject; a claim inside quotation marks, or after a reporting verb
 * earlier in its sentence, is 'reported'. Negation wins over hedging, hedging over reporting.
 *
 * `ownWords` are lemmas the rule itself matched (ACCUSES matches "allege"), not cues.
 */
export function classifyModality(
  analysed: AnalysedText,
  claim: { firstToken: number; endToken: number; sentence: number },
  quoted: readonly Span[],
  ownWords: ReadonlySet<string> = new Set(),
): Modality {
  const sentence = analysed.sentences[claim.sentence];
  const sentenceStart = sentence?.firstToken ?? 0;
  const from = Math.max(sentenceStart, claim.firstToken - LEAD_IN);
  let hedged = false;
  for (let t = from; t < claim.endToken; t += 1) {
    const token = analysed.tokens[t];
    if (!token) continue;
    const word = token.value.toLowerCase();
    const lemma = token.lemma.toLowerCase();
    if (ownWords.has(lemma)) continue;
    if (NEGATION.has(word) || NEGATION.has(lemma)) return 'negated';
    if (HEDGES.has(word) || HEDGES.has(lemma)) hedged = true;
  }
  if (hedged) return 'hedged';
  const start = analysed.tokens[claim.firstToken]?.start ?? 0;
  if (quoted.some((q) => start >= q.start && start < q.end)) return 'reported';
  // "X said (that) A met B": a reporting verb a few words before the subject, no comma between.
  for (
    let t = claim.firstToken - 1;
    t >= sentenceStart && t >= claim.firstToken - REPORT_REACH;
    t -= 1
  ) {
    const token = analysed.tokens[t];
    if (!token || token.value === ',' || token.value === ';') break;
    if (
      !ownWords.has(token.lemma) &&
      (REPORTING.has(token.lemma) || REPORTING.has(token.value.toLowerCase()))
    ) {
      return 'reported';
    }
  }
  return 'asserted';
}
