import type { ExtractedEntity } from '../../model/extraction';
import type { AnalysedText } from '../nlp';
import type { RelationCandidate } from './relation-candidate';
import { firstTokenAtOrAfter, lastTokenEndingBy } from './token-lookup';

const LEADER_TITLES =
  /^(?:president|prime minister|premier|chancellor|leader|king|queen|emperor|supreme leader|chief executive|chairman|chairwoman)$/i;

/**
 * LEADER_OF from a person's title as the recogniser resolved it, for mentions that name the
 * person only by title ("the Chinese leader" → Xi Jinping, `titleOf` China). The evidence is the
 * sentence of that title mention. Explicit "Russian President Vladimir Putin" is matched by the
 * pair patterns; this covers what they cannot see.
 */
export function titleRelations(
  analysed: AnalysedText,
  entities: readonly ExtractedEntity[],
): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const e of entities) {
    const title = e.attributes?.['title'];
    const of = e.attributes?.['titleOf'];
    if (e.type !== 'Person' || !title || !of || !LEADER_TITLES.test(title)) continue;
    for (const m of e.mentions) {
      if (m.source !== 'coref:title') continue;
      out.push({
        type: 'LEADER_OF',
        subject: e.id,
        object: of,
        rule: 'coref:title-leader',
        confidence: 0.75,
        sentence: m.sentence,
        firstToken: firstTokenAtOrAfter(analysed, m.start),
        endToken: lastTokenEndingBy(analysed, m.end) + 1,
      });
    }
  }
  return out;
}
