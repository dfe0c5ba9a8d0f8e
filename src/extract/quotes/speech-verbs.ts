/** Lemmas of verbs that introduce or attribute direct speech in news prose. */
export const SPEECH_VERB_LEMMAS: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'add',
  'note',
  'state',
  'explain',
  'declare',
  'insist',
  'warn',
  'argue',
  'claim',
  'write',
  'ask',
  'reply',
  'stress',
  'comment',
  'remark',
  'acknowledge',
  'admit',
  'announce',
  'continue',
  'conclude',
  'recall',
  'observe',
  'emphasise',
  'emphasize',
  'suggest',
]);

/** wink lemmatises some irregular forms to themselves; accept the surface forms too. */
const SURFACE_FORMS: ReadonlySet<string> = new Set(['said', 'told', 'says', 'wrote', 'tells']);

export function isSpeechVerb(lemma: string, value: string): boolean {
  return SPEECH_VERB_LEMMAS.has(lemma) || SURFACE_FORMS.has(value.toLowerCase());
}
