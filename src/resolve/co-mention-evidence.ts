/** Who each entity of interest is named in the same sentence with, across the store. */
export type Neighbours = ReadonlyMap<string, ReadonlySet<string>>;

/** How many distinctive shared neighbours make a choice, and by how much the best must lead. */
export const MIN_SHARED_NEIGHBOURS = 2;
export const NEIGHBOUR_LEAD = 2;

/**
 * Which of several namesakes the vague entity keeps company with: for each holder, the
 * neighbours it shares with the vague entity that no other holder has ("Campbell" named beside
 * Tony Blair and Downing Street, which Alastair Campbell is and Menzies Campbell is not). Chosen
 * when the best holder has at least MIN_SHARED_NEIGHBOURS of them and NEIGHBOUR_LEAD times as
 * many as the next; null otherwise.
 */
export function chooseByCoMentions(
  vagueKey: string,
  holderKeys: readonly string[],
  neighbours: Neighbours,
): string | null {
  const around = neighbours.get(vagueKey);
  if (!around || holderKeys.length < 2) return null;
  const scores = holderKeys.map((key) => {
    const others = holderKeys.filter((k) => k !== key).map((k) => neighbours.get(k));
    let shared = 0;
    for (const n of neighbours.get(key) ?? []) {
      if (holderKeys.includes(n) || !around.has(n)) continue;
      if (!others.some((set) => set?.has(n))) shared += 1;
    }
    return { key, shared };
  });
  scores.sort((a, b) => b.shared - a.shared || (a.key < b.key ? -1 : 1));
  const [best, next] = scores;
  if (!best || best.shared < MIN_SHARED_NEIGHBOURS) return null;
  if (next && best.shared < NEIGHBOUR_LEAD * next.shared) return null;
  return best.key;
}
