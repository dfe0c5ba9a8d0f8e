import { SYMMETRIC_RELATION_TYPES } from '../../model/entity-types';
import type { ExtractionResult } from '../../model/extraction';
import type { Counts } from '../precision-recall';
import { entityNames, goldNames, namesMeet } from './entity-names';
import type { GoldArticle } from './gold-article';

/**
 * Typed relations against the gold list: a predicted relation is right when an unmatched gold
 * relation has its type and names its subject and object (either way round for symmetric
 * types). Duplicate predictions (same type, subject and object ids) count once. Counts are per
 * relation type; every predicted type counts, annotated or not.
 */
export function scoreRelations(gold: GoldArticle, result: ExtractionResult): Map<string, Counts> {
  const names = entityNames(result);
  const counts = new Map<string, Counts>();
  const bump = (type: string, field: keyof Counts): void => {
    const c = counts.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    c[field] += 1;
    counts.set(type, c);
  };
  const unmatched = gold.relations.map((r) => ({
    type: r.type,
    subject: goldNames(r.subject, gold.aliases),
    object: goldNames(r.object, gold.aliases),
  }));
  const seen = new Set<string>();
  for (const r of result.relations) {
    const key = `${r.type} ${r.subject} ${r.object}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const s = names.get(r.subject);
    const o = names.get(r.object);
    const symmetric = SYMMETRIC_RELATION_TYPES.has(r.type);
    const at = unmatched.findIndex(
      (g) =>
        g.type === r.type &&
        ((namesMeet(s, g.subject) && namesMeet(o, g.object)) ||
          (symmetric && namesMeet(s, g.object) && namesMeet(o, g.subject))),
    );
    if (at >= 0) {
      unmatched.splice(at, 1);
      bump(r.type, 'tp');
    } else bump(r.type, 'fp');
  }
  for (const g of unmatched) bump(g.type, 'fn');
  return counts;
}
