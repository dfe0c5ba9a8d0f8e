import type { PlacedMention, SentenceView } from './sentence-view';

/**
 * Kind nouns that stand for a named body already mentioned: "the agency" after "the Environmental
 * Protection Agency", "the department" after "the Massachusetts Department of Public Health". A
 * body's kinds are the kind nouns its name is built on; a company's legal suffix makes it "the
 * company" or "the firm".
 */
const KIND_NOUNS = new Set([
  'agency',
  'administration',
  'army',
  'association',
  'authority',
  'bank',
  'board',
  'bureau',
  'college',
  'commission',
  'committee',
  'company',
  'corporation',
  'council',
  'court',
  'department',
  'federation',
  'fleet',
  'foundation',
  'institute',
  'league',
  'ministry',
  'navy',
  'newspaper',
  'office',
  'organization',
  'organisation',
  'party',
  'service',
  'union',
  'university',
]);
/** Name endings that make a body a company. */
const COMPANY = /\b(?:Co|Corp|Inc|Ltd|Plc|PLC|LLC|GmbH|AG|Company|Corporation)\.?$/;
/** Newspaper titles: "the newspaper" stands for the Mercury News or the Daily Telegraph. */
const NEWSPAPER = /\b(?:News|Times|Post|Journal|Herald|Tribune|Gazette|Telegraph|Chronicle)$/;

/** Whether `kind` (a lemma) is a noun this rule lets stand for a named body. */
export function isKindNoun(kind: string): boolean {
  return KIND_NOUNS.has(kind);
}

/** The kind nouns a body's name says it is: "Waste Disposal Co." → company, firm, corporation. */
export function kindsOf(body: PlacedMention): Set<string> {
  const kinds = new Set<string>();
  for (const w of body.text.split(/\s+/)) {
    const lower = w.toLowerCase().replace(/\.$/, '');
    if (KIND_NOUNS.has(lower) && /^\p{Lu}/u.test(w)) kinds.add(lower);
  }
  if (COMPANY.test(body.text)) for (const k of ['company', 'firm', 'corporation']) kinds.add(k);
  if (NEWSPAPER.test(body.text)) kinds.add('newspaper');
  return kinds;
}

/**
 * The one named body `kind` refers back to: the organisations of its kind named before token
 * `before` in the sentence, or failing those in the previous sentence. None when two different
 * bodies of that kind are named there ("the agency" could be either).
 */
export function antecedentOfKind(
  view: SentenceView,
  previous: SentenceView | undefined,
  kind: string,
  before: number,
): PlacedMention | undefined {
  const here = ofKind(
    view.mentions.filter((m) => m.endToken <= before),
    kind,
  );
  const found = here.length > 0 || !previous ? here : ofKind(previous.mentions, kind);
  const first = found[0];
  return first && found.every((m) => m.entity === first.entity) ? first : undefined;
}

function ofKind(mentions: readonly PlacedMention[], kind: string): PlacedMention[] {
  return mentions.filter((m) => m.type === 'Organization' && kindsOf(m).has(kind));
}
