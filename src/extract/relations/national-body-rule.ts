import type { RelationCandidate } from './relation-candidate';
import { locatedIn } from './place-words';
import type { PlacedMention, SentenceView } from './sentence-view';

/** Bodies of a state: a country's or a region's "Government", "Foreign Ministry", "Army". */
const STATE_BODY =
  /\b(?:Government|Ministry|Department|Committee|Commission|Cabinet|Parliament|Army|Navy|Air Force|Police|Agency|Administration|Central Bank|Supreme Court|Assembly)\b/;
/** Bodies a state keeps abroad: "the Chinese Embassy" is in the country it is accredited to. */
const ABROAD = /\b(?:Embassy|Consulate|Mission|Delegation|Legation)\b/;
/** Endings that make a place's adjective: Chin-a → Chin-ese, Angol-a → Angol-an, German-y → German. */
const DEMONYM_ENDINGS = ['', 'n', 'an', 'ian', 'ese', 'ish', 'i'];

/**
 * "the Chinese Government … in China", "the Texas Department of Agriculture … Texas": a state body
 * whose name starts with a place's name or adjective belongs to that place, when the sentence also
 * names the place itself: the adjective is matched to that name by its endings ("Austrian" is not
 * "Australia"'s), and a description ("German airline Lufthansa") is no state body's name. Bodies
 * kept abroad (an embassy) are left out.
 */
export function nationalBodyRule(view: SentenceView): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const body of view.mentions) {
    if (body.type !== 'Organization' || !STATE_BODY.test(body.text) || ABROAD.test(body.text))
      continue;
    const first = /^(?:the )?([\p{L}.-]+(?: [\p{L}.-]+)?)/iu.exec(body.text)?.[1] ?? '';
    const place = view.mentions.find(
      (m) =>
        (m.type === 'Country' || m.type === 'Location') &&
        m.entity !== body.entity &&
        (m.endToken <= body.firstToken || m.firstToken >= body.endToken) &&
        namedBy(first, m),
    );
    if (place) out.push(locatedIn(view, body, place, 'compound:national-body', 0.75));
  }
  return out;
}

/** Whether the body's first word (or two) is the place's name or its adjective. */
function namedBy(first: string, place: PlacedMention): boolean {
  const name = place.text.replace(/^the /i, '');
  if (first === name || first.startsWith(`${name} `) || first.split(' ')[0] === name) return true;
  const word = first.split(' ')[0] ?? '';
  if (word.length < 4 || !/^\p{Lu}\p{Ll}+$/u.test(name)) return false;
  const stem = name.replace(/[aeiouy]$/, '');
  return DEMONYM_ENDINGS.some((e) => word === `${name}${e}` || word === `${stem}${e}`);
}
