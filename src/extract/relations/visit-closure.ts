import type { ExtractedEntity, ExtractedRelation } from '../../model/extraction';

/**
 * Whoever visited a place visited the place that contains it, when the article names both and
 * the gazetteer says which holds which: a visit to the Kremlin is a visit to Moscow. Same
 * evidence, a lower confidence, and a rule name that says it was inferred.
 */
export function visitClosure(
  relations: readonly ExtractedRelation[],
  entities: readonly ExtractedEntity[],
): ExtractedRelation[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const out: ExtractedRelation[] = [];
  const seen = new Set(
    relations.map((r) => `${r.type}|${r.subject}|${r.object}|${r.evidence.sentence}`),
  );
  for (const r of relations) {
    if (r.type !== 'VISITED') continue;
    const container = byId.get(r.object)?.attributes?.['locatedIn'];
    if (!container || !byId.has(container)) continue;
    const key = `VISITED|${r.subject}|${container}|${r.evidence.sentence}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      ...r,
      object: container,
      rule: `${r.rule}+located-in`,
      confidence: Math.round(r.confidence * 900) / 1000,
    });
  }
  return out;
}
