import { loadKnownPlaces, type KnownPlaces } from '../extract/gazetteer';
import { normaliseName } from '../model/ids';
import type { CurationActor, EntityMerge, GraphStore, MergeRecord } from '../store/graph-store';
import { readArticlesNamingEach } from './article-evidence';
import { isLinked } from './reconcile-name-variants';
import type { TypedNode } from './reconcile-other-types';
import { joinsAnotherName, SHORT_FORM_MIN_SHARE } from './reconcile-short-forms';

/** The actor recorded on merges this module makes, so analysts can find and undo them. */
export const RECONCILE_PLACE_QUALIFIED_ACTOR = 'newsgraph:reconcile-place-qualified';

/**
 * One article naming both is no evidence: "Hong Kong Rugby Football Union" and the (English)
 * Rugby Football Union meet in a report of their match.
 */
export const MIN_ARTICLES_NAMING_BOTH = 2;

export interface PlaceQualified {
  /** The organisation named with a place first: "Glasgow Rangers". */
  qualified: TypedNode;
  /** The organisation of the rest of its name, named in more articles: "Rangers". */
  usual: TypedNode;
  /** The stored country the qualifier names, when it names one ("UK" in "UK Treasury"). */
  country?: TypedNode;
}

/**
 * Organisations named with a known place, a country (as the stored countries are named, "US"
 * included) or a nationality ("Irish") before the name of another, better attested organisation ("Glasgow Rangers" and "Rangers", "US Securities and Exchange Commission" and
 * "Securities and Exchange Commission"): the place says where the organisation is, or tells it
 * from a namesake elsewhere ("US Treasury" is not the Treasury of British news), so these are
 * candidates for the evidence of `choosePlaceQualified`, not merges. Unlinked ones only, not
 * names joined to another by "and" (see `joinsAnotherName`).
 */
export function findPlaceQualified(
  nodes: readonly TypedNode[],
  knownPlaces: KnownPlaces = loadKnownPlaces(),
): PlaceQualified[] {
  const organisations = nodes.filter((n) => n.type === 'Organization');
  // Countries as the store knows them, abbreviations included ("US", "UK"), which the list of
  // known places leaves to the gazetteer's abbreviation matching.
  // A form two countries share names the better attested one.
  const countryForms = new Map(
    nodes
      .filter((n) => n.type === 'Country')
      .sort((a, b) => a.articleCount - b.articleCount)
      .flatMap((n) => [n.name, ...n.aliases].map((form) => [normaliseName(form), n] as const)),
  );
  const isPlace = (words: string) => countryForms.has(words) || knownPlaces.has(words);
  // A nationality ("Irish Lions", "Scottish Parliament") says where as a place does; the
  // articles, not the word, then tell a part of a thing ("Scottish Parliament") from its name.
  const isNationality = (word: string | undefined) =>
    word !== undefined && /^\p{Lu}\p{Ll}+(?:an|ese|ish|ch|i)$/u.test(word);
  const byName = new Map<string, TypedNode[]>();
  for (const node of organisations) {
    const name = normaliseName(node.name);
    const named = byName.get(name);
    if (named) named.push(node);
    else byName.set(name, [node]);
  }
  const found: PlaceQualified[] = [];
  for (const qualified of organisations) {
    if (isLinked(qualified)) continue;
    const words = normaliseName(qualified.name).split(' ');
    const first = qualified.name.trim().split(/\s+/)[0];
    for (let split = 1; split < words.length; split += 1) {
      const qualifier = words.slice(0, split).join(' ');
      if (!isPlace(qualifier) && !(split === 1 && isNationality(first))) continue;
      const rest = words.slice(split).join(' ');
      for (const usual of byName.get(rest) ?? []) {
        if (usual.articleCount <= qualified.articleCount) continue;
        if (joinsAnotherName(qualified.name, usual.name)) continue;
        const country = countryForms.get(qualifier);
        found.push(country ? { qualified, usual, country } : { qualified, usual });
      }
    }
  }
  return found.sort((a, b) => (a.qualified.key < b.qualified.key ? -1 : 1));
}

/**
 * How many of the articles naming the place-qualified organisation (`articles`: the entity keys
 * each names) name the usual one too, when that is most of them and at least
 * `MIN_ARTICLES_NAMING_BOTH` (else null): then the place only said where it is ("Glasgow Rangers",
 * 2 articles, both also saying "Rangers"); when they rarely do, the place tells two apart ("US
 * Treasury" in 5 articles, none naming "the Treasury").
 */
export function namedBesideUsual(
  candidate: PlaceQualified,
  articles: readonly ReadonlySet<string>[],
): number | null {
  return mostlyNamedBeside(candidate.usual.key, articles);
}

/** Of the usual organisation's articles, the share that must name the qualifier's country. */
export const HOME_COUNTRY_MIN_SHARE = 0.5;
/** Fewer articles of the usual organisation say too little about where it is at home. */
export const HOME_COUNTRY_MIN_ARTICLES = 5;
/** ...and how many times as many of them as name any other country. */
export const HOME_COUNTRY_DOMINANCE = 3;

/**
 * How many of the usual organisation's articles (`usualArticles`: the entity keys each names)
 * name the country the qualifier names, when that is most of them and `HOME_COUNTRY_DOMINANCE`
 * times as many as name any other country (else null): then the place only said whose it is.
 * "UK Treasury" is the Treasury whose 30 articles name the United Kingdom in 19, the United
 * States in 5; "US Treasury" is not. `countries` are the keys of the stored countries.
 */
export function atHomeInQualifier(
  candidate: PlaceQualified,
  usualArticles: readonly ReadonlySet<string>[],
  countries: ReadonlySet<string>,
): number | null {
  const home = candidate.country?.key;
  if (home === undefined || usualArticles.length < HOME_COUNTRY_MIN_ARTICLES) return null;
  const named = new Map<string, number>();
  for (const keys of usualArticles) {
    for (const key of keys) if (countries.has(key)) named.set(key, (named.get(key) ?? 0) + 1);
  }
  const atHome = named.get(home) ?? 0;
  if (atHome <= usualArticles.length * HOME_COUNTRY_MIN_SHARE) return null;
  for (const [key, count] of named) {
    if (key !== home && atHome < HOME_COUNTRY_DOMINANCE * count) return null;
  }
  return atHome;
}

/**
 * How many of `articles` (the entity keys each names) name `key`, when that is most of them and
 * at least `MIN_ARTICLES_NAMING_BOTH`; else null.
 */
export function mostlyNamedBeside(
  key: string,
  articles: readonly ReadonlySet<string>[],
): number | null {
  const named = articles.filter((keys) => keys.has(key)).length;
  if (named < MIN_ARTICLES_NAMING_BOTH) return null;
  return named > articles.length * SHORT_FORM_MIN_SHARE ? named : null;
}

/**
 * Merges each place-qualified organisation (`findPlaceQualified`) into the usual one when its
 * articles mostly name that one too (`namedBesideUsual`). A name with two such readings merges
 * into neither, and none merges into a name that is itself place-qualified. Skips curated entities except those curated only by being the target of a merge
 * this reconciliation made (`mergedIntoThisRun`). Each merge recorded and undoable.
 */
export async function reconcilePlaceQualified(
  store: Pick<
    GraphStore,
    'entityKeysOfArticlesMentioning' | 'getEntities' | 'mergeEntitiesInOrder'
  >,
  nodes: readonly TypedNode[],
  mergedIntoThisRun: ReadonlySet<string> = new Set(),
  knownPlaces: KnownPlaces = loadKnownPlaces(),
): Promise<MergeRecord[]> {
  const found = findPlaceQualified(nodes, knownPlaces);
  const readings = new Map<string, number>();
  for (const { qualified } of found) {
    readings.set(qualified.key, (readings.get(qualified.key) ?? 0) + 1);
  }
  // One reading only, and never into a name that moves on itself in this pass.
  const unique = found.filter(
    (f) => readings.get(f.qualified.key) === 1 && !readings.has(f.usual.key),
  );
  const views = await store.getEntities(unique.map((f) => f.qualified.key));
  // Every article either reading may weigh, in one read: the pass merges only once it has decided.
  const evidence = await readArticlesNamingEach(store, [
    ...unique.map((f) => f.qualified.key),
    ...unique.filter((f) => f.country).map((f) => f.usual.key),
  ]);
  const countries = new Set(nodes.filter((n) => n.type === 'Country').map((n) => n.key));
  const merges: EntityMerge[] = [];
  for (const [i, candidate] of unique.entries()) {
    const view = views[i];
    if (!view || (view.curated && !mergedIntoThisRun.has(view.key))) continue;
    const reason = placeQualifiedReason(evidence, candidate, countries);
    if (reason === null) continue;
    const { qualified, usual } = candidate;
    const by: CurationActor = { by: RECONCILE_PLACE_QUALIFIED_ACTOR, reason };
    merges.push({ keys: [qualified.key], into: usual.key, by });
  }
  return store.mergeEntitiesInOrder(merges);
}

/**
 * Why a place-qualified organisation is the usual one, or null when the articles do not say so:
 * its own articles mostly name the usual one too, or the usual one's articles are mostly at home
 * in the qualifier's country.
 */
function placeQualifiedReason(
  evidence: ReadonlyMap<string, readonly ReadonlySet<string>[]>,
  candidate: PlaceQualified,
  countries: ReadonlySet<string>,
): string | null {
  const { qualified, usual } = candidate;
  const articles = evidence.get(qualified.key) ?? [];
  const named = namedBesideUsual(candidate, articles);
  if (named !== null) {
    return `"${qualified.name}" is "${usual.name}" named with its place: ${named} of its ${articles.length} articles name "${usual.name}" too`;
  }
  if (!candidate.country) return null;
  const usualArticles = evidence.get(usual.key) ?? [];
  const atHome = atHomeInQualifier(candidate, usualArticles, countries);
  if (atHome === null) return null;
  return `"${qualified.name}" is "${usual.name}" named with its country: ${atHome} of the ${usualArticles.length} articles naming "${usual.name}" name ${candidate.country.name}, no other country more than a third as often`;
}
