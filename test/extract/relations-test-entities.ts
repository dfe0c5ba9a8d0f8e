import type { EntityType } from '../../src/model/entity-types';
import type { ExtractedEntity, ExtractedRelation, Mention } from '../../src/model/extraction';
import { createAnalyser, type AnalysedText } from '../../src/extract/nlp';
import { extractRelations } from '../../src/extract/relations/extract-relations';
import { MentionIndex } from '../../src/extract/relations/mention-index';

export interface EntitySpec {
  id: string;
  type: EntityType;
  /** Surface forms to mark wherever they occur as whole words; longer forms win overlaps. */
  forms: string[];
  /** The gazetteer's kind of place ("city", "landmark"), which some rules read. */
  kind?: string;
  /** Other recogniser attributes a rule reads (a known person's `country`). */
  attributes?: Record<string, string>;
}

/**
 * Hand-made recogniser output for rule tests: marks every occurrence of each form, so relation
 * and quote rules can be tested on fixed texts independently of entity recognition.
 */
export function entitiesIn(
  analysed: AnalysedText,
  specs: readonly EntitySpec[],
): ExtractedEntity[] {
  const claimed: { start: number; end: number }[] = [];
  const candidates = specs
    .flatMap((spec) => spec.forms.map((form) => ({ spec, form })))
    .sort((a, b) => b.form.length - a.form.length);
  const mentions = new Map<string, Mention[]>();
  for (const { spec, form } of candidates) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(form)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const match of analysed.text.matchAll(pattern)) {
      const start = match.index;
      const end = start + form.length;
      if (claimed.some((c) => start < c.end && end > c.start)) continue;
      claimed.push({ start, end });
      const sentence =
        analysed.sentences.find((s) => start >= s.start && start < s.end)?.index ?? 0;
      const list = mentions.get(spec.id) ?? [];
      list.push({ start, end, text: form, sentence, source: 'test', confidence: 1 });
      mentions.set(spec.id, list);
    }
  }
  return specs
    .filter((spec) => mentions.has(spec.id))
    .map((spec) => ({
      id: spec.id,
      type: spec.type,
      name: spec.forms[0] as string,
      aliases: spec.forms.slice(1),
      mentions: (mentions.get(spec.id) ?? []).sort((a, b) => a.start - b.start),
      ...(spec.kind || spec.attributes
        ? { attributes: { ...spec.attributes, ...(spec.kind ? { kind: spec.kind } : {}) } }
        : {}),
      confidence: 1,
    }));
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The relations the rules find in `text` when `specs` are its only entities (no dates, no
 * quotes): what each relation rule test asks of the extractor.
 */
export function relationsWith(specs: readonly EntitySpec[]): (text: string) => ExtractedRelation[] {
  const analyse = createAnalyser();
  return (text) => {
    const analysed = analyse(text);
    const entities = entitiesIn(analysed, specs);
    return extractRelations({
      analysed,
      entities,
      mentions: new MentionIndex(entities),
      dates: [],
      quoted: [],
    });
  };
}
