import type { RelationCandidate } from './relation-candidate';
import { asFormer, saysPast } from './past-office';
import type { PlacedMention, SentenceView } from './sentence-view';
import { patternWord } from './sentence-view';

/** Titles of a legislator written before the name, and the chambers each one sits in. */
const CHAMBERS: readonly { title: RegExp; chamber: RegExp }[] = [
  { title: /^(?:sen\.?|senator)$/, chamber: /^(?:the )?(?:U\.?S\.? )?(?:Senate|Congress)$/ },
  {
    title: /^(?:rep\.?|representative|congressman|congresswoman)$/,
    chamber: /^(?:the )?(?:U\.?S\.? )?(?:House(?: of Representatives)?|Congress)$/,
  },
];
/** Words before the title that make it another chamber's: "state Sen. Jane Roe" sits at home. */
const ANOTHER_CHAMBER = new Set(['state', 'assembly']);

/**
 * "Sen. Jane Roe … the Senate", "Rep. Jane Roe, chairman of the House subcommittee": a legislator's
 * title says which chamber they sit in, and when the sentence names that chamber (and no other
 * body of its kind) the person is a MEMBER_OF it. Only where the text names the chamber: the
 * title alone does not say which country's. A state legislator ("state Sen.") is left alone.
 */
export function legislatorTitleRule(view: SentenceView): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const person of view.mentions) {
    if (person.type !== 'Person') continue;
    const title = titleBefore(view, person);
    if (!title) continue;
    const { chamber } = CHAMBERS.find((c) => c.title.test(title.word)) ?? {};
    if (!chamber) continue;
    const chambers = view.mentions.filter((m) => m.type === 'Organization' && chamber.test(m.text));
    const named = chambers[0];
    if (!named || chambers.some((m) => m.entity !== named.entity)) continue;
    const found: RelationCandidate = {
      type: 'MEMBER_OF',
      subject: person.entity,
      object: named.entity,
      rule: 'title:legislator-chamber',
      confidence: 0.75,
      sentence: view.sentence.index,
      firstToken: Math.min(title.at, named.firstToken),
      endToken: Math.max(person.endToken, named.endToken),
      nounPhrase: true,
    };
    out.push(title.past ? asFormer(found) : found);
  }
  return out;
}

/** The title word right before the person ("Sen." or "Sen" "."), where it is, and if "former". */
function titleBefore(
  view: SentenceView,
  person: PlacedMention,
): { word: string; at: number; past: boolean } | undefined {
  // The recogniser may keep the title in the name: "Sen. Jane Roe".
  const inName = /^(\p{L}+\.?) \p{Lu}/u.exec(person.text)?.[1]?.toLowerCase();
  if (inName && CHAMBERS.some((c) => c.title.test(inName))) {
    const t = person.firstToken - 1;
    if (ANOTHER_CHAMBER.has(lower(view, t))) return undefined;
    return { word: inName, at: person.firstToken, past: saysPast([lower(view, t)]) };
  }
  let t = person.firstToken - 1;
  if (lower(view, t) === '.') t -= 1;
  const word = lower(view, t);
  if (!word || ANOTHER_CHAMBER.has(lower(view, t - 1))) return undefined;
  return { word, at: t, past: saysPast([lower(view, t - 1)]) };
}

function lower(view: SentenceView, t: number): string {
  const token = view.tokens[t];
  return token && token.sentence === view.sentence.index ? patternWord(token) : '';
}
