import type { ExtractionResult } from '../../model/extraction';
import { normaliseName } from './normalise-name';

/**
 * Every name an extracted entity goes by — its name, aliases and the text of its name mentions
 * (not "the Chinese leader"-style title references) — normalised, by entity id.
 */
export function entityNames(result: ExtractionResult): Map<string, Set<string>> {
  const names = new Map<string, Set<string>>();
  for (const e of result.entities) {
    const set = new Set([e.name, ...e.aliases].map(normaliseName));
    for (const m of e.mentions) if (!m.source.startsWith('coref:')) set.add(normaliseName(m.text));
    set.delete('');
    names.set(e.id, set);
  }
  return names;
}

/** A gold name with the aliases the annotator listed for it, normalised. */
export function goldNames(name: string, aliases: Record<string, string[]>): Set<string> {
  return new Set([name, ...(aliases[name] ?? [])].map(normaliseName));
}

export function namesMeet(a: ReadonlySet<string> | undefined, b: ReadonlySet<string>): boolean {
  if (!a) return false;
  for (const n of b) if (a.has(n)) return true;
  return false;
}
