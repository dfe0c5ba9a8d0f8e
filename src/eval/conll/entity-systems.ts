import nlp from 'compromise';
import type { EntityType } from '../../model/entity-types';
import type { EntityRecogniser } from '../../extract/entities';
import type { NerTagger } from '../../extract/ner';
import type { AnalysedText } from '../../extract/nlp';

/** A system's mention by character offsets, typed in CoNLL's scheme (PER, LOC, ORG, MISC). */
export interface OffsetMention {
  type: string;
  start: number;
  end: number;
}

/** A system under evaluation: text plus its analysis in, CoNLL-typed mentions out. */
export type EntitySystem = (text: string, analysed: AnalysedText) => OffsetMention[];

const CONLL_TYPE: Record<EntityType, string> = {
  Person: 'PER',
  Country: 'LOC',
  Location: 'LOC',
  Organization: 'ORG',
  Event: 'MISC',
  Project: 'MISC',
};

/** The statistical tagger alone. */
export function taggerSystem(tag: NerTagger): EntitySystem {
  return (_text, analysed) =>
    tag(analysed).map((s) => ({
      type: s.type,
      start: analysed.tokens[s.firstToken]!.start,
      end: analysed.tokens[s.endToken - 1]!.end,
    }));
}

/**
 * The product's full recogniser (gazetteers, patterns, tagger, coreference). Mentions that are
 * not names — "the Chinese leader" (coref:title), pronouns — are left out because CoNLL only
 * tags names; an adjectival demonym ("Chinese") is a nationality, MISC in CoNLL.
 */
export function recogniserSystem(recognise: EntityRecogniser): EntitySystem {
  return (_text, analysed) =>
    recognise(analysed).flatMap((entity) =>
      entity.mentions
        .filter((m) => !m.source.startsWith('coref:title') && !m.source.startsWith('coref:pronoun'))
        .map((m) => ({
          type: m.source === 'gazetteer:demonym' ? 'MISC' : CONLL_TYPE[entity.type],
          start: m.start,
          end: m.end,
        })),
    );
}

/** The baseline: compromise's people(), places() and organizations(). It has no MISC. */
export function compromiseSystem(): EntitySystem {
  // compromise's view classes differ per method; all share json().
  const pick = (view: { json(options: object): unknown }, type: string): OffsetMention[] =>
    (view.json({ offset: true }) as { offset: { start: number; length: number } }[]).map((m) => ({
      type,
      start: m.offset.start,
      end: m.offset.start + m.offset.length,
    }));
  return (text) => {
    const doc = nlp(text);
    return [
      ...pick(doc.people(), 'PER'),
      ...pick(doc.places(), 'LOC'),
      ...pick(doc.organizations(), 'ORG'),
    ];
  };
}
