import type { EntityType } from '../../model/entity-types';
import type { ExtractedEntity } from '../../model/extraction';
import type { Gazetteer } from '../../extract/gazetteer';
import type { AnalysedText } from '../../extract/nlp';
import type { Conll04Sentence } from './read-conll04';

/** A sentence rebuilt as text (tokens joined by spaces) with each token's offset. */
export interface RebuiltSentence {
  text: string;
  offsets: number[];
}

export function rebuildSentence(sentence: Conll04Sentence): RebuiltSentence {
  const offsets: number[] = [];
  let at = 0;
  for (const token of sentence.tokens) {
    offsets.push(at);
    at += token.length + 1;
  }
  return { text: sentence.tokens.join(' '), offsets };
}

/**
 * The gold entities as recogniser output, one entity per span (id `e<index>`), so relation rules
 * are measured apart from recognition. CoNLL04 has one `Loc` type; the gazetteer says whether a
 * place is a country and what kind of place it is (city, capital), as the recogniser would.
 * `Other` spans are left out: no relation type we score involves them.
 */
export function goldEntities(
  sentence: Conll04Sentence,
  rebuilt: RebuiltSentence,
  analysed: AnalysedText,
  gazetteer: Gazetteer,
): ExtractedEntity[] {
  const out: ExtractedEntity[] = [];
  sentence.entities.forEach(([first, endToken, label], i) => {
    const start = rebuilt.offsets[first] ?? 0;
    const last = endToken - 1;
    const end = (rebuilt.offsets[last] ?? 0) + (sentence.tokens[last]?.length ?? 0);
    const text = rebuilt.text.slice(start, end);
    const typed = typeOf(label, text, gazetteer);
    if (!typed) return;
    const index = analysed.sentences.find((s) => start >= s.start && start < s.end)?.index ?? 0;
    out.push({
      id: `e${i}`,
      type: typed.type,
      name: text,
      aliases: [],
      mentions: [{ start, end, text, sentence: index, source: 'gold', confidence: 1 }],
      ...(typed.kind ? { attributes: { kind: typed.kind } } : {}),
      confidence: 1,
    });
  });
  return out;
}

function typeOf(
  label: string,
  text: string,
  gazetteer: Gazetteer,
): { type: EntityType; kind?: string } | undefined {
  switch (label) {
    case 'Peop':
      return { type: 'Person' };
    case 'Org':
      return { type: 'Organization' };
    case 'Loc': {
      const entry = gazetteer
        .lookupName(text)
        .find((e) => e.type === 'Country' || e.type === 'Location');
      if (entry?.type === 'Country') return { type: 'Country', kind: 'country' };
      return entry?.kind ? { type: 'Location', kind: entry.kind } : { type: 'Location' };
    }
    default:
      return undefined;
  }
}
