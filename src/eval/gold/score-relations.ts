import { SYMMETRIC_RELATION_TYPES } from '../../model/entity-types';
import type { ExtractionResult } from '../../model/extraction';
import type { Counts } from '../precision-recall';
import { entityNames, goldNames, namesMeet } from './entity-names';
import type { GoldArticle } from './gold-article';

/**
 * Typed relations against the gold list: a predicted relation is right when an unmatched gold
 * relation has its type and names its subject and object (either way round for symmetric
 * types). Duplicate predictions (same type, subject and object ids) count once. Counts are per
 * relation type; every predicted type counts, annotated or not. `notes`, when given, receives
 * one line per false positive and false negative (for `npm run eval -- --verbose`).
 */
export function scoreRelations(
  gold: GoldArticle,
  result: ExtractionResult,
  notes?: string[],
): Map<string, Counts> {
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
    } else {
      bump(r.type, 'fp');
      notes?.push(
        `FP ${r.type} ${nameOf(result, r.subject)} → ${nameOf(result, r.object)} [${r.rule}] ${r.evidence.text.slice(0, 160)}`,
      );
    }
  }
  for (const g of unmatched) bump(g.type, 'fn');
  for (const g of gold.relations.filter((r) => unmatchedHas(unmatched, r, gold)))
    notes?.push(`FN ${g.type} ${g.subject} → ${g.object}`);
  return counts;
}

function nameOf(result: ExtractionResult, id: string): string {
  return result.entities.find((e) => e.id === id)?.name ?? id;
}

function unmatchedHas(
  unmatched: readonly { type: string; subject: Set<string>; object: Set<string> }[],
  r: GoldArticle['relations'][number],
  gold: GoldArticle,
): boolean {
  const s = goldNames(r.subject, gold.aliases);
  const o = goldNames(r.object, gold.aliases);
  return unmatched.some(
    (u) => u.type === r.type && namesMeet(u.subject, s) && namesMeet(u.object, o),
  );
}
