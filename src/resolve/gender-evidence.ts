import type { Mention } from '../model/extraction';

export type Gender = 'male' | 'female';

const HONORIFIC_GENDER: ReadonlyMap<string, Gender> = new Map([
  ['mr', 'male'],
  ['sir', 'male'],
  ['lord', 'male'],
  ['mrs', 'female'],
  ['ms', 'female'],
  ['miss', 'female'],
  ['dame', 'female'],
  ['lady', 'female'],
  ['baroness', 'female'],
]);

const PRONOUN_GENDER: ReadonlyMap<string, Gender> = new Map([
  ['he', 'male'],
  ['him', 'male'],
  ['his', 'male'],
  ['himself', 'male'],
  ['she', 'female'],
  ['her', 'female'],
  ['hers', 'female'],
  ['herself', 'female'],
]);

function single(found: ReadonlySet<Gender>): Gender | null {
  return found.size === 1 ? ([...found][0] as Gender) : null;
}

/**
 * The gender the honorifics of a person's forms agree on: "Mr Blair" → male, "Mrs Blair" →
 * female; null when none is used or they disagree (a form set mixing both is already confused).
 * Works on an article's forms and on a stored entity's aliases alike, since aliases keep the
 * titled forms ("Mr Blair") they were written from.
 */
export function genderOfForms(forms: readonly string[]): Gender | null {
  const found = new Set<Gender>();
  for (const form of forms) {
    for (const token of form.split(/\s+/)) {
      const gender = HONORIFIC_GENDER.get(token.toLowerCase().replace(/\.$/, ''));
      if (gender) found.add(gender);
    }
  }
  return single(found);
}

/**
 * What an article says about a person's gender: the honorifics of its forms and the pronouns
 * extraction resolved to it ("he", "her"). Null when silent or contradictory.
 */
export function genderInArticle(
  forms: readonly string[],
  mentions: readonly Mention[],
): Gender | null {
  const found = new Set<Gender>();
  const fromForms = genderOfForms(forms);
  if (fromForms) found.add(fromForms);
  for (const mention of mentions) {
    if (mention.source !== 'coref:pronoun') continue;
    const gender = PRONOUN_GENDER.get(mention.text.trim().toLowerCase());
    if (gender) found.add(gender);
  }
  return single(found);
}
