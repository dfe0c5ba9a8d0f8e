/**
 * Names of the followers of a religion or religious movement, singular. Like a nationality
 * ("Chinese"), a follower ("Muslims", "Catholics") is a group of people, neither a person nor
 * an organisation nor a place: CoNLL-2003 tags them MISC, and spaCy gives them a type of their
 * own (NORP). A tagger trained on 1996 Reuters, which spelt "Moslem", reads "Muslims" as a place.
 * Lower case; plurals are derived (see `PLURALS`).
 */
const ADHERENTS: ReadonlySet<string> = new Set([
  'anglican',
  'baptist',
  'buddhist',
  'catholic',
  'christian',
  'evangelical',
  'hindu',
  'islamist',
  'jain',
  'jew',
  'jihadist',
  'lutheran',
  'methodist',
  'mormon',
  'moslem',
  'muslim',
  'presbyterian',
  'protestant',
  'quaker',
  'rastafarian',
  'roman catholic',
  'shia',
  'shiite',
  "shi'ite",
  'sikh',
  'sunni',
]);

/** "Muslims", "Jews", "Sunnis": the adherent names' plurals, all in a final "s". */
const PLURAL = /s$/;

/**
 * Adherent names that are also first names: a lone "Christian" the tagger read as a person may
 * be one, where a lone "Muslim" read as a person ("a Muslim family") never is.
 */
const FIRST_NAMES_TOO: ReadonlySet<string> = new Set(['christian']);

/**
 * Whether a whole name is a religion's followers ("Muslims", "the Catholic", "Sunnis"), which
 * names no entity of our types. `asPerson`: the tagger read it as a person, which a singular
 * that is also a first name may be (see `FIRST_NAMES_TOO`).
 */
export function isReligiousAdherentName(name: string, asPerson = false): boolean {
  const word = name
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (ADHERENTS.has(word)) return !(asPerson && FIRST_NAMES_TOO.has(word));
  return PLURAL.test(word) && ADHERENTS.has(word.replace(PLURAL, ''));
}
