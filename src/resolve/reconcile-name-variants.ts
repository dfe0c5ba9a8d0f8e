import type { EntityType } from '../model/entity-types';
import { normaliseName } from '../model/ids';
import type { CurationActor, GraphStore, MergeRecord } from '../store/graph-store';
import type { TypedNode } from './reconcile-other-types';

/** The actor recorded on merges this module makes, so analysts can find and undo them. */
export const RECONCILE_VARIANTS_ACTOR = 'newsgraph:reconcile-name-variants';

/**
 * Words that only say what kind of organisation a name is: "Conservative" and "Conservative
 * Party", "MCI" and "MCI Inc." are one organisation. Words that name a part ("BT Retail", "Xbox
 * Live") are not here, so divisions stay apart from their parent.
 */
const ORGANISATION_SUFFIXES: ReadonlySet<string> = new Set([
  'party',
  'inc',
  'incorporated',
  'ltd',
  'limited',
  'plc',
  'corp',
  'corporation',
  'co',
  'company',
  'llc',
  'ag',
  'sa',
  'group',
]);

const TYPES_WITH_VARIANTS: ReadonlySet<EntityType> = new Set(['Organization']);

/**
 * The name without a kind-of-organisation suffix and, for a name of two words or more, without
 * a final plural "s" ("All Blacks"); one word keeps it, since "Time" and "Times" are two papers.
 */
function variantKey(name: string): string {
  const words = normaliseName(name).split(' ');
  while (words.length > 1 && ORGANISATION_SUFFIXES.has(words.at(-1) as string)) words.pop();
  const last = words.length - 1;
  const word = words[last] as string;
  if (last > 0 && word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) {
    words[last] = word.slice(0, -1);
  }
  return words.join(' ');
}

/** Linked to a Wikidata item: by its id, or by its key when the caller's nodes omit the id. */
function isLinked(node: TypedNode): boolean {
  return node.wikidataId !== undefined || node.key.startsWith('wd:');
}

export interface VariantMerge {
  from: TypedNode;
  into: TypedNode;
}

/**
 * Organisations whose names differ only by a kind-of-organisation word or a plural ("Liberal
 * Democrat" / "Liberal Democrats", "Conservative" / "Conservative Party", "MCI Inc." / "MCI"):
 * every one without a Wikidata id joins the one the gazetteer linked, else the one in most
 * articles. Two linked to different Wikidata items are different things and stay apart.
 */
export function planVariantMerges(nodes: readonly TypedNode[]): VariantMerge[] {
  const groups = new Map<string, TypedNode[]>();
  for (const node of nodes) {
    if (!TYPES_WITH_VARIANTS.has(node.type)) continue;
    const key = `${node.type}\u0000${variantKey(node.name)}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(node);
  }
  const merges: VariantMerge[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const linked = group.filter(isLinked);
    if (linked.length > 1) continue;
    const ranked = [...group].sort(
      (a, b) =>
        Number(isLinked(b)) - Number(isLinked(a)) ||
        b.articleCount - a.articleCount ||
        (a.key < b.key ? -1 : 1),
    );
    const [into, ...rest] = ranked;
    if (into) for (const from of rest) merges.push({ from, into });
  }
  return merges.sort((a, b) => (a.from.key < b.from.key ? -1 : 1));
}

/**
 * Applies `planVariantMerges`, skipping curated entities except those curated only by being the
 * target of a merge this reconciliation made (`mergedIntoThisRun`); each merge recorded and
 * undoable.
 */
export async function reconcileNameVariants(
  store: Pick<GraphStore, 'getEntities' | 'mergeEntities'>,
  nodes: readonly TypedNode[],
  mergedIntoThisRun: ReadonlySet<string> = new Set(),
): Promise<MergeRecord[]> {
  const plan = planVariantMerges(nodes);
  const views = await store.getEntities(plan.map((m) => m.from.key));
  const records: MergeRecord[] = [];
  for (const [i, { from, into }] of plan.entries()) {
    const view = views[i];
    if (!view || (view.curated && !mergedIntoThisRun.has(view.key))) continue;
    const actor: CurationActor = {
      by: RECONCILE_VARIANTS_ACTOR,
      reason: `"${from.name}" and "${into.name}" differ only by a kind-of-organisation word or a plural`,
    };
    records.push(await store.mergeEntities([from.key], into.key, actor));
  }
  return records;
}
