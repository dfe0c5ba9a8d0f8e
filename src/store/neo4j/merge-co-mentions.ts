import type { MentionArrays } from './merge-undo-data';
import type { CypherTx } from './neo4j-context';
import { readArticleMentions, sharesOfMentions, type PairShares } from './recompute';
import { distinctSorted } from './triple';

/** Where a merge rewrites mentions: its articles, and its target and merged keys. */
export interface MergeScope {
  articleIds: string[];
  keys: string[];
}

/** One pair's change: the articles whose share goes, and those whose share comes, with counts. */
export interface PairShareChange {
  a: string;
  b: string;
  removeIds: string[];
  addIds: string[];
  addCounts: number[];
}

/**
 * The co-mention shares a round of merges changes, read before its mentions move: each article's
 * pairs derived from its mentions as they are, and as they will be once `moved` replace the
 * mentions of each scope's keys in its articles. Only the pairs of the round's entities can
 * change, and of those only the shares that differ are rewritten — a merge that adds a lone
 * surname's sentences to a person leaves most of that person's pairs as they are.
 */
export async function coMentionShareChanges(
  tx: CypherTx,
  scopes: readonly MergeScope[],
  moved: readonly MentionArrays[],
): Promise<PairShareChange[]> {
  const articleIds = distinctSorted(scopes.flatMap((scope) => scope.articleIds));
  if (articleIds.length === 0) return [];
  const before = await readArticleMentions(tx, articleIds);
  const replaced = new Set(
    scopes.flatMap((scope) =>
      scope.articleIds.flatMap((id) => scope.keys.map((key) => `${id}\u0000${key}`)),
    ),
  );
  const after = [
    ...before.filter((m) => !replaced.has(`${m.articleId}\u0000${m.entityKey}`)),
    ...moved,
  ];
  const keys = new Set(scopes.flatMap((scope) => scope.keys));
  const involving = (pair: { a: string; b: string }) => keys.has(pair.a) || keys.has(pair.b);
  return shareChanges(sharesOfMentions(before, involving), sharesOfMentions(after, involving));
}

/** Writes the changes (a pair left with no article goes); nothing when there are none. */
export async function changePairShares(
  tx: CypherTx,
  changes: readonly PairShareChange[],
): Promise<void> {
  if (changes.length > 0) await tx.run('comention/change-pair-shares', { rows: changes });
}

/** Per pair, the shares of `before` that `after` drops or counts differently, and the reverse. */
function shareChanges(
  before: readonly PairShares[],
  after: readonly PairShares[],
): PairShareChange[] {
  const id = (pair: { a: string; b: string }) => `${pair.a}\u0000${pair.b}`;
  const countsOf = (pair: PairShares | undefined) =>
    new Map(pair?.articleIds.map((articleId, i) => [articleId, pair.counts[i] as number]));
  const beforeById = new Map(before.map((pair) => [id(pair), pair]));
  const afterById = new Map(after.map((pair) => [id(pair), pair]));
  const changes: PairShareChange[] = [];
  for (const pairId of distinctSorted([...beforeById.keys(), ...afterById.keys()])) {
    const was = beforeById.get(pairId);
    const now = afterById.get(pairId);
    const [wasCounts, nowCounts] = [countsOf(was), countsOf(now)];
    const removeIds = [...wasCounts].filter(([a, n]) => nowCounts.get(a) !== n).map(([a]) => a);
    const added = [...nowCounts].filter(([a, n]) => wasCounts.get(a) !== n);
    if (removeIds.length === 0 && added.length === 0) continue;
    const { a, b } = (was ?? now) as PairShares;
    changes.push({
      a,
      b,
      removeIds,
      addIds: added.map(([articleId]) => articleId),
      addCounts: added.map(([, count]) => count),
    });
  }
  return changes;
}
