import type { RelationCandidate } from './relation-candidate';
import type { PlacedMention, SentenceView } from './sentence-view';
import { betweenWords } from './sentence-view';

/** "X's (proposed) membership of Y", "X's accession to Y", "X's bid to join Y". */
const JOINING = /^'s (?:[a-z-]+ )?(?:membership of|accession to|entry into|bid to join)(?: the)?$/;
/** "Talks on …", "negotiations over …" right before X. */
const TALKS_ON = /(?:^| )(?:talks?|negotiations?) (?:on|over|about)(?: the)?$/;
const LEAD_WORDS = 4;

/**
 * "Talks on Russia's proposed membership of the WTO": X negotiates with the body it is to join.
 * Only when the talks are about X joining Y, so the parties are the two named.
 */
export function accessionTalksRule(view: SentenceView): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  const { mentions } = view;
  for (let j = 0; j + 1 < mentions.length; j += 1) {
    const joiner = mentions[j] as PlacedMention;
    const body = mentions[j + 1] as PlacedMention;
    if (joiner.type !== 'Country' && joiner.type !== 'Organization') continue;
    if (body.type !== 'Organization' || joiner.source === 'gazetteer:demonym') continue;
    if (!JOINING.test(betweenWords(view, joiner.endToken, body.firstToken))) continue;
    const from = Math.max(view.sentence.firstToken, joiner.firstToken - LEAD_WORDS);
    if (!TALKS_ON.test(betweenWords(view, from, joiner.firstToken))) continue;
    out.push({
      type: 'NEGOTIATES_WITH',
      subject: joiner.entity,
      object: body.entity,
      rule: 'noun:accession-talks',
      confidence: 0.8,
      sentence: view.sentence.index,
      firstToken: from,
      endToken: body.endToken,
    });
  }
  return out;
}
