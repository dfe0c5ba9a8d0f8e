import { loadKnownPlaces, type KnownPlaces } from '../extract/gazetteer';
import { normaliseName } from '../model/ids';
import type { CurationActor, EntityMerge, GraphStore, MergeRecord } from '../store/graph-store';
import { isAcronym } from './acronyms';
import { readArticlesNamingEach } from './article-evidence';
import { parsedPersonName } from './reconcile-person-names';
import { isLinked } from './reconcile-name-variants';
import type { TypedNode } from './reconcile-other-types';
import { dominantIn } from './reconcile-short-forms';

/** The actor recorded on merges this module makes, so analysts can find and undo them. */
export const RECONCILE_FIRST_NAMES_ACTOR = 'newsgraph:reconcile-first-names';

/** The most co-mentioned persons weighed, as `GraphQueries.cooccurrences` would cap them. */
const COOCCURRENCE_LIMIT = 10_000;

export interface FirstNameForm {
  /** A one-word organisation or place node: "Paula", "Arsene", "Gavin". */
  node: TypedNode;
  /** The persons whose first name it is: Paula Radcliffe. */
  persons: TypedNode[];
}

/**
 * Nodes the tagger typed Organization or Location that are only a person's first name ("Paula"
 * in "What happened to Paula in Athens", "Arsene" in a club statement): one word, not an
 * acronym, not linked to Wikidata, no known place, and the first name of at least one person
 * stored in full. Candidates for the evidence of `chooseFirstNamed`, not merges.
 */
export function findFirstNameForms(
  nodes: readonly TypedNode[],
  knownPlaces: KnownPlaces = loadKnownPlaces(),
): FirstNameForm[] {
  const byGivenName = new Map<string, TypedNode[]>();
  for (const node of nodes) {
    if (node.type !== 'Person') continue;
    const name = parsedPersonName(node.name);
    if (name?.given === undefined || name.titled) continue;
    const holders = byGivenName.get(name.given);
    if (holders) holders.push(node);
    else byGivenName.set(name.given, [node]);
  }
  const forms: FirstNameForm[] = [];
  for (const node of nodes) {
    if (node.type !== 'Organization' && node.type !== 'Location') continue;
    if (isLinked(node)) continue;
    const name = normaliseName(node.name);
    if (name.includes(' ') || isAcronym(node.name) || knownPlaces.has(node.name)) continue;
    const persons = byGivenName.get(name);
    if (persons) forms.push({ node, persons });
  }
  return forms.sort((a, b) => (a.node.key < b.node.key ? -1 : 1));
}

export interface FirstNameChoice {
  into: TypedNode;
  /** Of the node's articles, how many name `into` too. */
  named: number;
  articles: number;
}

/**
 * The person a first-name node stands for, judged by its articles (`articles`: the entity keys
 * each names) and the sentences it shares (`sharedSentenceArticles`: per person key, the
 * articles where both are named in one sentence): the person named in most of its articles, and
 * in `SHORT_FORM_DOMINANCE` times as many as any other of that first name, but seldom in the
 * same sentence. A first name standing for someone is not written beside their full name; a
 * film is ("Jamie Foxx played Ray Charles in Ray"), so "Ray" stays apart from Ray Charles.
 */
export function chooseFirstNamed(
  form: FirstNameForm,
  articles: readonly ReadonlySet<string>[],
  sharedSentenceArticles: ReadonlyMap<string, number>,
): FirstNameChoice | null {
  const best = dominantIn(form.persons, articles);
  if (!best) return null;
  if ((sharedSentenceArticles.get(best.into.key) ?? 0) * 2 >= best.named) return null;
  return { ...best, articles: articles.length };
}

/**
 * Merges each first-name node (`findFirstNameForms`) into the person its articles use it for
 * (`chooseFirstNamed`). Skips curated entities except those curated only by being the target
 * of a merge this reconciliation made (`mergedIntoThisRun`). Each merge recorded and undoable.
 */
export async function reconcileFirstNames(
  store: Pick<
    GraphStore,
    'entityKeysOfArticlesMentioning' | 'coMentionsOf' | 'getEntities' | 'mergeEntitiesInOrder'
  >,
  nodes: readonly TypedNode[],
  mergedIntoThisRun: ReadonlySet<string> = new Set(),
  knownPlaces: KnownPlaces = loadKnownPlaces(),
): Promise<MergeRecord[]> {
  const forms = findFirstNameForms(nodes, knownPlaces);
  const keys = forms.map((f) => f.node.key);
  const views = await store.getEntities(keys);
  const evidence = await readArticlesNamingEach(store, keys);
  const coMentions = await store.coMentionsOf(keys);
  const merges: EntityMerge[] = [];
  for (const [i, form] of forms.entries()) {
    const view = views[i];
    if (!view || (view.curated && !mergedIntoThisRun.has(view.key))) continue;
    const shared = (coMentions.get(form.node.key) ?? [])
      .filter((c) => c.type === 'Person')
      .slice(0, COOCCURRENCE_LIMIT);
    const choice = chooseFirstNamed(
      form,
      evidence.get(form.node.key) ?? [],
      new Map(shared.map((c) => [c.key, c.articleCount])),
    );
    if (!choice) continue;
    const by: CurationActor = {
      by: RECONCILE_FIRST_NAMES_ACTOR,
      reason: `"${form.node.name}" is the first name of "${choice.into.name}", named in ${choice.named} of its ${choice.articles} articles and seldom in the same sentence`,
    };
    merges.push({ keys: [form.node.key], into: choice.into.key, by });
  }
  return store.mergeEntitiesInOrder(merges);
}
