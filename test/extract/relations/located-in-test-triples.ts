import { createAnalyser } from '../../../src/extract/nlp';
import { extractRelations } from '../../../src/extract/relations/extract-relations';
import { MentionIndex } from '../../../src/extract/relations/mention-index';
import type { EntitySpec } from '../relations-test-entities';
import { entitiesIn } from '../relations-test-entities';

/**
 * The LOCATED_IN relations that rules named by `rules` find in `text` with `specs` as its only
 * entities, as `[subject, object, rule]`: what each LOCATED_IN rule test asks of the extractor,
 * whatever other rules find. Entities whose id is in `demonyms` are marked as the recogniser
 * marks a country found by its demonym.
 */
export function locatedInTriples(
  specs: readonly EntitySpec[],
  rules: RegExp,
  demonyms: ReadonlySet<string> = new Set(),
): (text: string) => string[][] {
  const analyse = createAnalyser();
  return (text) => {
    const analysed = analyse(text);
    const entities = entitiesIn(analysed, specs).map((e) =>
      demonyms.has(e.id)
        ? { ...e, mentions: e.mentions.map((m) => ({ ...m, source: 'gazetteer:demonym' })) }
        : e,
    );
    return extractRelations({
      analysed,
      entities,
      mentions: new MentionIndex(entities),
      dates: [],
      quoted: [],
    })
      .filter((r) => r.type === 'LOCATED_IN' && rules.test(r.rule))
      .map((r) => [r.subject, r.object, r.rule]);
  };
}
