import { loadKnownPlaces, type KnownPlaces } from '../extract/gazetteer';
import { normaliseName } from '../model/ids';
import type { CurationActor, EntityMerge, GraphStore, MergeRecord } from '../store/graph-store';
import { readArticlesNamingEach } from './article-evidence';
import { whereNow } from './reconcile-lone-surnames';
import { isLinked } from './reconcile-name-variants';
import type { TypedNode } from './reconcile-other-types';

/** The actor recorded on merges this module makes, so analysts can find and undo them. */
export const RECONCILE_SHORT_FORMS_ACTOR = 'newsgraph:reconcile-short-forms';

/** The longer name must be named in more than this share of the short form's articles. */
export const SHORT_FORM_MIN_SHARE = 0.5;

/**
 * ...and in at least this many times as many of them as any other longer name containing the
 * short form: "REAL" is Real Madrid in 9 of its 15 articles, Real Sociedad in 2.
 */
export const SHORT_FORM_DOMINANCE = 3;

/** Whether `long` contains all of `short`, word for word ("manchester united" / "united"). */
function containsAsWords(long: string, short: string): boolean {
  return long !== short && ` ${long} `.includes(` ${short} `);
}

/**
 * Whether `long` begins or ends with `short`, word for word ("newcastle united" / "newcastle",
 * "house of lords" / "lords"): where a short form usually comes from. A name met inside another
 * ("Lords" in "Elect the Lords Campaign") is what that one is about, so it competes only when no
 * name begins or ends with it ("Yili" of "Inner Mongolia Yili Industrial").
 */
function beginsOrEnds(long: string, short: string): boolean {
  return long.startsWith(`${short} `) || long.endsWith(` ${short}`);
}

const CONNECTORS: ReadonlySet<string> = new Set(['and', '&', ',']);

/** A name's normalised words, with the "&" and "," normalising would drop kept as words. */
function wordsWithConnectors(name: string): string[] {
  return name
    .replace(/[&,]/g, ' $& ')
    .split(/\s+/)
    .flatMap((token) => (CONNECTORS.has(token) ? [token] : normaliseName(token).split(' ')))
    .filter((word) => word !== '');
}

/**
 * Whether `long` joins the short name to another with "and", "&" or a comma ("Duchy of Lancaster
 * and Duchy of Cornwall", "Everton and Rangers"): two names the tagger read as one, not a longer
 * name of the same thing.
 */
export function joinsAnotherName(long: string, short: string): boolean {
  const words = wordsWithConnectors(long);
  const own = normaliseName(short).split(' ');
  for (let i = 0; i + own.length <= words.length; i += 1) {
    if (!own.every((word, j) => words[i + j] === word)) continue;
    const before = words[i - 1];
    const after = words[i + own.length];
    if ((before && CONNECTORS.has(before)) || (after && CONNECTORS.has(after))) return true;
  }
  return false;
}

export interface ShortForm {
  short: TypedNode;
  /** The organisations whose names contain the short form's name, word for word. */
  longer: TypedNode[];
}

/**
 * The organisations that may be a short form of another ("United", "REAL", "Lords", "Deutsche"):
 * not linked to Wikidata (a linked name is a thing of its own), with a longer organisation name
 * containing theirs word for word (not joined to another name by "and": see `joinsAnotherName`;
 * for a known place's name, beginning with it) that is named in enough articles to be named in
 * most of theirs. Longest short forms first, so "Office for National" joins its full name before
 * "National" weighs either.
 */
export function findShortForms(
  nodes: readonly TypedNode[],
  knownPlaces: KnownPlaces = loadKnownPlaces(),
): ShortForm[] {
  const organisations = nodes.filter((n) => n.type === 'Organization');
  const names = new Map(organisations.map((n) => [n.key, normaliseName(n.name)]));
  const byWord = new Map<string, TypedNode[]>();
  for (const node of organisations) {
    for (const word of new Set((names.get(node.key) as string).split(' '))) {
      const list = byWord.get(word);
      if (list) list.push(node);
      else byWord.set(word, [node]);
    }
  }
  const forms: ShortForm[] = [];
  for (const short of organisations) {
    const name = names.get(short.key) as string;
    if (isLinked(short) || name === '') continue;
    // A place's name ends a longer name as a qualifier ("Lycos Europe", "East Wales"), another
    // thing; it begins the name of what is based there ("Exeter City").
    const place = knownPlaces.has(short.name);
    const containing = (byWord.get(name.split(' ')[0] as string) ?? []).filter((other) => {
      const otherName = names.get(other.key) as string;
      if (other.key === short.key || !containsAsWords(otherName, name)) return false;
      if (place && !otherName.startsWith(`${name} `)) return false;
      return !joinsAnotherName(other.name, short.name);
    });
    const atEdge = containing.filter((o) => beginsOrEnds(names.get(o.key) as string, name));
    const longer = atEdge.length > 0 ? atEdge : containing;
    const canDominate = longer.some(
      (other) => other.articleCount > short.articleCount * SHORT_FORM_MIN_SHARE,
    );
    if (canDominate) forms.push({ short, longer });
  }
  const wordCount = (node: TypedNode) => (names.get(node.key) as string).split(' ').length;
  return forms.sort(
    (a, b) => wordCount(b.short) - wordCount(a.short) || (a.short.key < b.short.key ? -1 : 1),
  );
}

export interface LongFormChoice {
  into: TypedNode;
  /** Of the short form's articles, how many name `into` too. */
  named: number;
  articles: number;
}

/**
 * The longer name a short form stands for, judged by the articles that use the short form
 * (`articles`: the entity keys each names): one named in most of them, and in
 * `SHORT_FORM_DOMINANCE` times as many as any other candidate. "Times" stays apart from the
 * Financial Times, named in 1 of its 10 articles; "United" joins Manchester United (26 of 32,
 * Shareholders United 4); "Newcastle", Newcastle United in 1 of 45, stays.
 */
export function chooseLongForm(
  form: ShortForm,
  articles: readonly ReadonlySet<string>[],
): LongFormChoice | null {
  const best = dominantIn(form.longer, articles);
  return best && { ...best, articles: articles.length };
}

/**
 * Of `candidates`, the one named in most of `articles` (the entity keys each names) and in
 * `SHORT_FORM_DOMINANCE` times as many as any other, with how many name it; else null.
 */
export function dominantIn(
  candidates: readonly TypedNode[],
  articles: readonly ReadonlySet<string>[],
): { into: TypedNode; named: number } | null {
  const counted = candidates
    .map((into) => ({ into, named: articles.filter((keys) => keys.has(into.key)).length }))
    .sort((a, b) => b.named - a.named || (a.into.key < b.into.key ? -1 : 1));
  const [best, next] = counted;
  if (!best || best.named <= articles.length * SHORT_FORM_MIN_SHARE) return null;
  if (next && best.named < SHORT_FORM_DOMINANCE * next.named) return null;
  return best;
}

/**
 * Merges each short form of an organisation's name into the longer name its articles use it
 * for (see `findShortForms`, `chooseLongForm`): a short form is decided by the whole corpus, not
 * by one article, where "The Times" beside the Financial Times is another paper. Skips curated
 * entities except those curated only by being the target of a merge this reconciliation made
 * (`mergedIntoThisRun`). Each merge recorded and undoable.
 */
export async function reconcileShortForms(
  store: Pick<
    GraphStore,
    'entityKeysOfArticlesMentioning' | 'getEntities' | 'mergeEntitiesInOrder'
  >,
  nodes: readonly TypedNode[],
  mergedIntoThisRun: ReadonlySet<string> = new Set(),
  knownPlaces: KnownPlaces = loadKnownPlaces(),
): Promise<MergeRecord[]> {
  const forms = findShortForms(nodes, knownPlaces);
  const views = await store.getEntities(forms.map((f) => f.short.key));
  const evidence = await readArticlesNamingEach(
    store,
    forms.map((f) => f.short.key),
  );
  const merges: EntityMerge[] = [];
  const movedTo = new Map<string, string>();
  for (const [i, form] of forms.entries()) {
    const view = views[i];
    if (!view || (view.curated && !mergedIntoThisRun.has(view.key))) continue;
    const choice = chooseLongForm(form, evidence.get(form.short.key) ?? []);
    if (!choice) continue;
    const into = whereNow(choice.into.key, movedTo);
    if (into === form.short.key) continue;
    const by: CurationActor = {
      by: RECONCILE_SHORT_FORMS_ACTOR,
      reason: `"${form.short.name}" is short for "${choice.into.name}": named beside it in ${choice.named} of its ${choice.articles} articles, beside no other name containing it as often`,
    };
    merges.push({ keys: [form.short.key], into, by });
    movedTo.set(form.short.key, into);
  }
  return store.mergeEntitiesInOrder(merges);
}
