import type { ExtractedEntity } from '../../model/extraction';
import type { AnalysedText } from '../nlp';
import type { RelationCandidate } from './relation-candidate';
import { firstTokenAtOrAfter, lastTokenEndingBy } from './token-lookup';

/**
 * LOCATED_IN from what the gazetteer knows (a place's `locatedIn` attribute), for a place whose
 * container the article also names: it mentions the Kremlin and Moscow, and the gazetteer knows
 * which holds which. The evidence is the first sentence naming the contained place; the rule
 * name says the fact comes from the gazetteer, not from that sentence.
 */
export function knowledgeRelations(
  analysed: AnalysedText,
  entities: readonly ExtractedEntity[],
): RelationCandidate[] {
  const present = new Set(entities.map((e) => e.id));
  const out: RelationCandidate[] = [];
  for (const e of entities) {
    const container = e.attributes?.['locatedIn'];
    const first = e.mentions[0];
    if (e.type !== 'Location' || !container || !present.has(container) || !first) continue;
    out.push({
      type: 'LOCATED_IN',
      subject: e.id,
      object: container,
      rule: 'gazetteer:located-in',
      confidence: 0.9,
      sentence: first.sentence,
      firstToken: firstTokenAtOrAfter(analysed, first.start),
      endToken: lastTokenEndingBy(analysed, first.end) + 1,
    });
  }
  return out;
}
