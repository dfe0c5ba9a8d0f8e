import type { Token } from '../nlp';
import type { RelationCandidate } from './relation-candidate';
import type { PlacedMention, SentenceView } from './sentence-view';
import { betweenWords } from './sentence-view';

const VISIT_PHRASE =
  /(?:^| )(?:during|on) (?:a|an|his|her|their) (?:[a-z0-9-]+ ){0,3}visit to(?: the)?$/;

/**
 * "Xi …, vowed to … during a four-day visit to the Kremlin": the person the sentence opens with
 * made the visit. Only when that person starts the sentence (after a title at most) and no other
 * person is named before the visit, so the visitor is not someone else.
 */
export function subjectVisitRule(view: SentenceView): RelationCandidate[] {
  const subject = view.mentions.find((m) => m.type === 'Person');
  if (!subject || !opensSentence(view, subject)) return [];
  const out: RelationCandidate[] = [];
  for (const place of view.mentions.filter((m) => m.firstToken >= subject.endToken)) {
    if (place.type === 'Person') break;
    if (place.type !== 'Location' && place.type !== 'Country') continue;
    const lead = betweenWords(
      view,
      Math.max(subject.endToken, place.firstToken - 9),
      place.firstToken,
    );
    if (!VISIT_PHRASE.test(lead)) continue;
    out.push({
      type: 'VISITED',
      subject: subject.entity,
      object: place.entity,
      rule: 'subject:during-visit-to',
      confidence: 0.75,
      sentence: view.sentence.index,
      firstToken: subject.firstToken,
      endToken: place.endToken,
    });
  }
  return out;
}

function opensSentence(view: SentenceView, m: PlacedMention): boolean {
  for (let t = view.sentence.firstToken; t < m.firstToken; t += 1) {
    const token = view.tokens[t] as Token;
    if (!/^\p{Lu}/u.test(token.value)) return false;
  }
  return true;
}
