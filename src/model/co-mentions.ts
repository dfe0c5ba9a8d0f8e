import type { CoMention } from './extraction';

interface SentenceMention {
  entityKey: string;
  sentence: number;
}

/**
 * Sentence co-occurrence of one article: for each unordered pair of distinct entities (a < b by
 * key), the number of sentences that mention both. Stores derive co-mentions with this same
 * definition, so merges and their undo can recompute them from mentions alone.
 */
export function coMentionsFromMentions(mentions: readonly SentenceMention[]): CoMention[] {
  const entitiesBySentence = new Map<number, Set<string>>();
  for (const m of mentions) {
    let set = entitiesBySentence.get(m.sentence);
    if (!set) entitiesBySentence.set(m.sentence, (set = new Set()));
    set.add(m.entityKey);
  }
  const counts = new Map<string, CoMention>();
  for (const keys of entitiesBySentence.values()) {
    const sorted = [...keys].sort();
    for (let i = 0; i < sorted.length; i += 1) {
      for (let j = i + 1; j < sorted.length; j += 1) {
        const a = sorted[i] as string;
        const b = sorted[j] as string;
        const id = `${a}\u0000${b}`;
        const existing = counts.get(id);
        if (existing) existing.count += 1;
        else counts.set(id, { a, b, count: 1 });
      }
    }
  }
  return [...counts.values()].sort((x, y) => (x.a === y.a ? cmp(x.b, y.b) : cmp(x.a, y.a)));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
