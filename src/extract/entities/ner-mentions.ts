import type { EntityType } from '../../model/entity-types';
import type { Gazetteer } from '../gazetteer';
import type { AnalysedText } from '../nlp';
import type { NerTagger } from './ner-tagger';
import type { RawMention } from './raw-mention';
import { displayName, tokenText } from './token-predicates';

const NER_TYPES: Record<'PER' | 'LOC' | 'ORG', EntityType> = {
  PER: 'Person',
  LOC: 'Location',
  ORG: 'Organization',
};

/**
 * Names only the statistical tagger knows. MISC spans (nationalities, events, works) are not
 * mapped to a type here; a tagged name the gazetteer knows takes the gazetteer's entry.
 */
export function nerMentions(
  a: AnalysedText,
  tagger: NerTagger,
  gazetteer: Gazetteer,
): RawMention[] {
  const out: RawMention[] = [];
  for (const span of tagger(a)) {
    if (span.type === 'MISC' || span.endToken <= span.firstToken) continue;
    const name = displayName(tokenText(a.tokens, span.firstToken, span.endToken, a.text)).replace(
      /^the /i,
      '',
    );
    if (name === '') continue;
    const known = gazetteer.lookupName(name)[0];
    const m: RawMention = {
      firstToken: span.firstToken,
      endToken: span.endToken,
      type: known?.type ?? NER_TYPES[span.type],
      name: known?.name ?? name,
      source: 'ner',
      confidence: Math.min(0.9, span.confidence),
    };
    if (known) m.entry = known;
    out.push(m);
  }
  return out;
}
