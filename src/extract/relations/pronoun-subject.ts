import type { Token } from '../nlp';
import type { PlacedMention, SentenceView } from './sentence-view';

const SUBJECT_PRONOUNS = new Set(['he', 'she']);
/** Rules that may read a pronoun as their subject: verbs, whose subject it is. */
export const PRONOUN_RULE = /^verb:/;

/**
 * "Mr Kennedy pointed out … . He accused Mr Blair's government …": a sentence that opens with
 * "He"/"She" before its verb continues about the one person the sentence before named. The
 * pronoun becomes a mention of that person (source 'coref:pronoun') in this sentence's view, so
 * verb patterns can read it as their subject. Nothing is resolved when the sentence before names
 * no person or more than one, names the person after its first verb (not its subject: "… the
 * race to succeed Mark Hughes. He has been …"), or when no verb follows the pronoun.
 */
export function withPronounSubject(
  view: SentenceView,
  previous: SentenceView | undefined,
): SentenceView {
  const first = view.tokens[view.sentence.firstToken] as Token | undefined;
  if (!first || !previous || !SUBJECT_PRONOUNS.has(first.value.toLowerCase())) return view;
  const next = view.tokens[view.sentence.firstToken + 1];
  if (!next || (next.pos !== 'VERB' && next.pos !== 'AUX' && next.pos !== 'ADV')) return view;
  const persons = new Set(
    previous.allMentions.filter((m) => m.type === 'Person').map((m) => m.entity),
  );
  const antecedent = previous.mentions.find((m) => m.type === 'Person');
  if (persons.size !== 1 || !antecedent || !isSubject(previous, antecedent)) return view;
  const pronoun: PlacedMention = {
    ...antecedent,
    start: first.start,
    end: first.end,
    text: first.value,
    sentence: view.sentence.index,
    source: 'coref:pronoun',
    firstToken: view.sentence.firstToken,
    endToken: view.sentence.firstToken + 1,
  };
  return { ...view, mentions: [pronoun, ...view.mentions] };
}

/** Whether the mention comes before the first verb of its sentence. */
function isSubject(view: SentenceView, m: PlacedMention): boolean {
  for (let t = view.sentence.firstToken; t < m.firstToken; t += 1) {
    const pos = view.tokens[t]?.pos;
    if (pos === 'VERB' || pos === 'AUX') return false;
  }
  return true;
}
