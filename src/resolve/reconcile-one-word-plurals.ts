import { normaliseName } from '../model/ids';
import type { CurationActor, EntityMerge, GraphStore, MergeRecord } from '../store/graph-store';
import { readArticlesNamingEach } from './article-evidence';
import { isLinked } from './reconcile-name-variants';
import type { TypedNode } from './reconcile-other-types';
import { mostlyNamedBeside } from './reconcile-place-qualified';

/** The actor recorded on merges this module makes, so analysts can find and undo them. */
export const RECONCILE_PLURALS_ACTOR = 'newsgraph:reconcile-one-word-plurals';

export interface PluralPair {
  /** The one that would join: the less attested, never one linked to Wikidata. */
  from: TypedNode;
  into: TypedNode;
}

/**
 * Organisations of one word named in the singular and the plural ("Oscar" and "Oscars", "Bafta"
 * and "Baftas", but also "Time" and "Times", two papers): the less attested one (or the one not
 * linked to Wikidata) paired with the other, as candidates for the evidence of
 * `namedTogetherMostly`. Names of several words are `planVariantMerges`' (a plural there is a
 * variant whatever the articles say).
 */
export function findOneWordPlurals(nodes: readonly TypedNode[]): PluralPair[] {
  const organisations = nodes.filter((n) => n.type === 'Organization');
  const byName = new Map<string, TypedNode[]>();
  for (const node of organisations) {
    const name = normaliseName(node.name);
    if (name.includes(' ') || name === '') continue;
    const named = byName.get(name);
    if (named) named.push(node);
    else byName.set(name, [node]);
  }
  const pairs: PluralPair[] = [];
  for (const [name, singulars] of byName) {
    for (const singular of singulars) {
      for (const plural of byName.get(`${name}s`) ?? []) {
        if (isLinked(singular) && isLinked(plural)) continue;
        const pluralFirst =
          Number(isLinked(plural)) - Number(isLinked(singular)) ||
          plural.articleCount - singular.articleCount;
        pairs.push(
          pluralFirst > 0 ? { from: singular, into: plural } : { from: plural, into: singular },
        );
      }
    }
  }
  return pairs.sort((a, b) => (a.from.key < b.from.key ? -1 : 1));
}

/**
 * How many of the articles naming `pair.from` (`articles`: the entity keys each names) name
 * `pair.into` too, when that is most of them and at least `MIN_ARTICLES_NAMING_BOTH`; else null.
 * Articles that say "the Oscars" say "Oscar" (11 of 14): one award; "Time" and "Times" are seldom
 * named together.
 */
export function namedTogetherMostly(
  pair: PluralPair,
  articles: readonly ReadonlySet<string>[],
): number | null {
  return mostlyNamedBeside(pair.into.key, articles);
}

/**
 * Merges each one-word singular/plural pair (`findOneWordPlurals`) whose articles show one thing
 * (`namedTogetherMostly`); a node in two pairs merges in neither. Skips curated entities except
 * those curated only by being the target of a merge this reconciliation made
 * (`mergedIntoThisRun`). Each merge recorded and undoable.
 */
export async function reconcileOneWordPlurals(
  store: Pick<
    GraphStore,
    'entityKeysOfArticlesMentioning' | 'getEntities' | 'mergeEntitiesInOrder'
  >,
  nodes: readonly TypedNode[],
  mergedIntoThisRun: ReadonlySet<string> = new Set(),
): Promise<MergeRecord[]> {
  const found = findOneWordPlurals(nodes);
  const pairsOf = new Map<string, number>();
  for (const { from, into } of found) {
    for (const key of [from.key, into.key]) pairsOf.set(key, (pairsOf.get(key) ?? 0) + 1);
  }
  const single = found.filter(
    (p) => pairsOf.get(p.from.key) === 1 && pairsOf.get(p.into.key) === 1,
  );
  const views = await store.getEntities(single.map((p) => p.from.key));
  const evidence = await readArticlesNamingEach(
    store,
    single.map((p) => p.from.key),
  );
  const merges: EntityMerge[] = [];
  for (const [i, pair] of single.entries()) {
    const view = views[i];
    if (!view || (view.curated && !mergedIntoThisRun.has(view.key))) continue;
    const articles = evidence.get(pair.from.key) ?? [];
    const named = namedTogetherMostly(pair, articles);
    if (named === null) continue;
    const by: CurationActor = {
      by: RECONCILE_PLURALS_ACTOR,
      reason: `"${pair.from.name}" and "${pair.into.name}" differ by a plural and are named together in ${named} of its ${articles.length} articles`,
    };
    merges.push({ keys: [pair.from.key], into: pair.into.key, by });
  }
  return store.mergeEntitiesInOrder(merges);
}
