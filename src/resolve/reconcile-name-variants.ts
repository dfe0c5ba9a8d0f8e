import { loadKnownPlaces, type KnownPlaces } from '../extract/gazetteer';
import type { EntityType } from '../model/entity-types';
import { normaliseName } from '../model/ids';
import type { CurationActor, EntityMerge, GraphStore, MergeRecord } from '../store/graph-store';
import { initialsOf, isAcronym } from './acronyms';
import { RETYPE_DOMINANCE } from './match-other-type';
import { isMisspeltFor } from './misspelt-names';
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
 * Small words that vary between spellings of one name: normalising drops "&", so "Securities &
 * Exchange Commission" meets "Securities and Exchange Commission"; "Office for National
 * Statistics" and "Office of National Statistics" are one office.
 */
const LINKING_WORDS: ReadonlySet<string> = new Set(['and', 'of', 'for']);

/**
 * Words that say when, not which: "Ex-BBC chat show host" and "Former Conservative" name the
 * BBC and the Conservatives, as the tagger took the prefix into the name.
 */
const TIME_PREFIXES: ReadonlySet<string> = new Set(['ex', 'former']);

/**
 * The name without a leading "Ex-" or "Former" (see `TIME_PREFIXES`), without a
 * kind-of-organisation suffix, without linking words (see `LINKING_WORDS`) and, for a name of
 * two words or more, without a final plural "s" ("All Blacks"); one word keeps it, since "Time"
 * and "Times" are two papers.
 */
function variantKey(name: string): string {
  const all = normaliseName(name).split(' ');
  while (all.length > 1 && TIME_PREFIXES.has(all[0] as string)) all.shift();
  const unlinked = all.filter((word) => !LINKING_WORDS.has(word));
  const words = unlinked.length > 1 ? unlinked : all;
  while (words.length > 1 && ORGANISATION_SUFFIXES.has(words.at(-1) as string)) words.pop();
  const last = words.length - 1;
  const word = words[last] as string;
  if (last > 0 && word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) {
    words[last] = word.slice(0, -1);
  }
  return words.join(' ');
}

/** Linked to a Wikidata item: by its id, or by its key when the caller's nodes omit the id. */
export function isLinked(node: TypedNode): boolean {
  return node.wikidataId !== undefined || node.key.startsWith('wd:');
}

export interface VariantMerge {
  from: TypedNode;
  into: TypedNode;
}

/**
 * Organisations whose names differ only by a kind-of-organisation word, a plural or an "Ex-"
 * ("Liberal Democrat" / "Liberal Democrats", "Conservative" / "Conservative Party", "MCI Inc." /
 * "MCI", "Ex-BBC" / "BBC"):
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
 * Organisations named by an acronym that another organisation both spells out and answers to
 * ("LSE" and "London Stock Exchange", which an article that defined the acronym gave the alias
 * "LSE"): the acronym joins it. The alias is the evidence: initials alone are too often shared
 * (BP is not Bloc Party). Several such organisations, or an acronym linked to Wikidata, merge
 * nothing. `after` are merges already planned: their nodes are gone, their targets stand in.
 */
export function planAcronymMerges(
  nodes: readonly TypedNode[],
  after: readonly VariantMerge[] = [],
): VariantMerge[] {
  const movedTo = new Map(after.map((m) => [m.from.key, m.into]));
  const standing = nodes.filter((n) => TYPES_WITH_VARIANTS.has(n.type) && !movedTo.has(n.key));
  // Each name's initials once, not once per acronym: the nodes are every organisation stored.
  const byInitials = new Map<string, TypedNode[]>();
  for (const node of standing) {
    const initials = initialsOf(node.name);
    if (initials === null) continue;
    const named = byInitials.get(initials);
    if (named) named.push(node);
    else byInitials.set(initials, [node]);
  }
  const merges: VariantMerge[] = [];
  for (const from of standing) {
    if (isLinked(from) || !isAcronym(from.name)) continue;
    const own = normaliseName(from.name);
    const spelling = (byInitials.get(from.name.trim().toUpperCase()) ?? []).filter(
      (o) => o.key !== from.key && o.aliases.some((alias) => normaliseName(alias) === own),
    );
    if (spelling.length === 1) merges.push({ from, into: spelling[0] as TypedNode });
  }
  return merges.sort((a, b) => (a.from.key < b.from.key ? -1 : 1));
}

/** A name in more articles is a spelling of its own, not a slip ("Sterling", "Stirling"). */
export const MISSPELT_MAX_ARTICLES = 2;

/**
 * Organisations named by a slip of the pen for another's name (`isMisspeltFor`: "Europe Union",
 * "DaimlerChrylser", "Electronic Fronter Foundation"): named in `MISSPELT_MAX_ARTICLES` articles
 * at most, not linked to Wikidata, not a known place ("Herefordshire" is no slip for
 * Hertfordshire), and joining the one organisation so named in `RETYPE_DOMINANCE` times as many
 * articles: one article's "Stamford" beside one article's "Stanford" says nothing of which is
 * right. `after` are merges already planned: their nodes are gone, their targets stand in.
 */
export function planMisspeltMerges(
  nodes: readonly TypedNode[],
  after: readonly VariantMerge[] = [],
  knownPlaces: KnownPlaces = loadKnownPlaces(),
): VariantMerge[] {
  const moved = new Set(after.map((m) => m.from.key));
  const standing = nodes.filter((n) => TYPES_WITH_VARIANTS.has(n.type) && !moved.has(n.key));
  // A slip keeps each word's first letter, or only moves a space: block on both.
  const blocks = (node: TypedNode): string[] => {
    const name = normaliseName(node.name);
    const initials = name.split(' ').map((word) => word.charAt(0));
    return [
      `${node.type}\u0000${initials.join('')}`,
      `${node.type}\u0001${name.replace(/ /g, '')}`,
    ];
  };
  const byBlock = new Map<string, TypedNode[]>();
  for (const node of standing) {
    for (const block of blocks(node)) {
      const list = byBlock.get(block);
      if (list) list.push(node);
      else byBlock.set(block, [node]);
    }
  }
  const merges: VariantMerge[] = [];
  for (const from of standing) {
    if (from.articleCount > MISSPELT_MAX_ARTICLES || isLinked(from)) continue;
    if (knownPlaces.has(from.name)) continue;
    const into = new Map<string, TypedNode>();
    for (const block of blocks(from)) {
      for (const other of byBlock.get(block) ?? []) {
        if (other.articleCount < RETYPE_DOMINANCE * from.articleCount) continue;
        if (isMisspeltFor(from.name, other.name)) into.set(other.key, other);
      }
    }
    if (into.size === 1) merges.push({ from, into: [...into.values()][0] as TypedNode });
  }
  return merges.sort((a, b) => (a.from.key < b.from.key ? -1 : 1));
}

/**
 * Applies `planVariantMerges`, then `planAcronymMerges`, then `planMisspeltMerges`, skipping curated entities except those curated only by being the
 * target of a merge this reconciliation made (`mergedIntoThisRun`); each merge recorded and
 * undoable.
 */
export async function reconcileNameVariants(
  store: Pick<GraphStore, 'getEntities' | 'mergeEntitiesInOrder'>,
  nodes: readonly TypedNode[],
  mergedIntoThisRun: ReadonlySet<string> = new Set(),
  knownPlaces: KnownPlaces = loadKnownPlaces(),
): Promise<MergeRecord[]> {
  const variants = planVariantMerges(nodes);
  const acronyms = new Set(planAcronymMerges(nodes, variants));
  const misspelt = new Set(planMisspeltMerges(nodes, [...variants, ...acronyms], knownPlaces));
  const plan = [...variants, ...acronyms, ...misspelt];
  const views = await store.getEntities(plan.map((m) => m.from.key));
  const merges: EntityMerge[] = [];
  for (const [i, merge] of plan.entries()) {
    const { from, into } = merge;
    const view = views[i];
    if (!view || (view.curated && !mergedIntoThisRun.has(view.key))) continue;
    const by: CurationActor = {
      by: RECONCILE_VARIANTS_ACTOR,
      reason: acronyms.has(merge)
        ? `"${from.name}" is the acronym of "${into.name}", which answers to it`
        : misspelt.has(merge)
          ? `"${from.name}" is a slip for "${into.name}": one word written another way, named in ${from.articleCount} against ${into.articleCount} articles`
          : `"${from.name}" and "${into.name}" differ only by a kind-of-organisation word, a plural or an "Ex-"`,
    };
    merges.push({ keys: [from.key], into: into.key, by });
  }
  return store.mergeEntitiesInOrder(merges);
}
