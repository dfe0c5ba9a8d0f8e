import { loadKnownPlaces, type KnownPlaces } from '../extract/gazetteer';
import { SPORTS, UNMARKED_SPORT } from '../extract/entities/town-club-sport';
import { normaliseName } from '../model/ids';
import type {
  CurationActor,
  EntityMerge,
  EntityView,
  GraphStore,
  MergeRecord,
} from '../store/graph-store';
import { readArticlesNamingEach } from './article-evidence';
import { isLinked } from './reconcile-name-variants';
import type { TypedNode } from './reconcile-other-types';
import { MIN_ARTICLES_NAMING_BOTH } from './reconcile-place-qualified';
import { joinsAnotherName } from './reconcile-short-forms';

/** The actor recorded on merges this module makes, so analysts can find and undo them. */
export const RECONCILE_TOWN_CLUBS_ACTOR = 'newsgraph:reconcile-town-clubs';

/** "Newcastle (rugby union)" → "Newcastle", as extraction names a town's club of a sport. */
const WITH_SPORT = new RegExp(`^(.+) \\((${SPORTS.join('|')})\\)$`);

export interface TownClub {
  /** An organisation named by a town, alone or with its sport: "Newcastle (rugby union)". */
  club: TypedNode;
  /** The sport its name gives; none for a town's name alone ("Newcastle"). */
  sport?: string;
  /** The organisations whose names begin with the town's ("Newcastle Falcons", "Newcastle United"). */
  fuller: TypedNode[];
}

/**
 * Organisations named by a known place, alone ("Newcastle") or with a sport ("Newcastle (rugby
 * union)", as extraction names a town's club in a rugby report), not linked to Wikidata, with
 * the organisations whose names begin with the place's and carry more than the sport (not
 * joined to another name by "and"), named in `MIN_ARTICLES_NAMING_BOTH` articles or more:
 * candidates for `chooseFullClubName`, once their sports are known (see `reconcileTownClubs`).
 */
export function findTownClubs(
  nodes: readonly TypedNode[],
  knownPlaces: KnownPlaces = loadKnownPlaces(),
): TownClub[] {
  const organisations = nodes.filter((n) => n.type === 'Organization');
  // What a fuller name must be whatever the town, with its normalised name, worked out once
  // rather than for every town's club again.
  const attested = organisations
    .filter(
      (other) => other.articleCount >= MIN_ARTICLES_NAMING_BOTH && !WITH_SPORT.test(other.name),
    )
    .map((node) => ({ node, normalised: normaliseName(node.name) }));
  const found: TownClub[] = [];
  for (const club of organisations) {
    if (isLinked(club)) continue;
    const [, town = club.name, sport] = WITH_SPORT.exec(club.name) ?? [];
    if (!knownPlaces.has(town)) continue;
    const prefix = `${normaliseName(town)} `;
    const fuller = attested
      .filter(
        ({ node, normalised }) =>
          normalised.startsWith(prefix) && !joinsAnotherName(node.name, town),
      )
      .map(({ node }) => node);
    if (fuller.length > 0) found.push(sport ? { club, sport, fuller } : { club, fuller });
  }
  return found.sort((a, b) => (a.club.key < b.club.key ? -1 : 1));
}

/**
 * The sport of a town's club: the one its name gives, else, for a town's name alone, the sport
 * reports name a town's club by its name alone for (`UNMARKED_SPORT`), when one did (extraction
 * marks the clubs of a sports report with attribute `sport`). A town's name never met in a
 * sports report (a council, a hotels' association) is no club: undefined.
 */
function sportOfClub(townClub: TownClub, view: EntityView | null | undefined): string | undefined {
  if (townClub.sport !== undefined) return townClub.sport;
  return view?.attributes?.sport === UNMARKED_SPORT ? UNMARKED_SPORT : undefined;
}

/**
 * The full name of a town's club (`TownClub`), judged by the articles naming the club
 * (`articles`: the entity keys each names): the one fuller name any of them names beside it.
 * Reports name a club in full once, then by its town: "Newcastle Falcons ... Newcastle director
 * of rugby Rob Andrew". Two fuller names named beside it (the Leeds Tykes and the Leeds Rhinos
 * in one report) decide nothing.
 */
export function chooseFullClubName(
  townClub: TownClub,
  articles: readonly ReadonlySet<string>[],
): { into: TypedNode; named: number } | null {
  const named = townClub.fuller
    .map((into) => ({ into, named: articles.filter((keys) => keys.has(into.key)).length }))
    .filter((c) => c.named > 0);
  return named.length === 1 ? (named[0] as { into: TypedNode; named: number }) : null;
}

/**
 * Merges each club named by its town (`findTownClubs`) into its full name (`chooseFullClubName`)
 * among the town's organisations of its sport (attribute `sport`, set by extraction in sports
 * reports): "Newcastle (rugby union)" into the Newcastle Falcons, "Newcastle" (its football
 * club) into Newcastle United.
 * Skips curated entities except those curated only by being the target of a merge this
 * reconciliation made (`mergedIntoThisRun`). Each merge recorded and undoable.
 */
export async function reconcileTownClubs(
  store: Pick<
    GraphStore,
    'entityKeysOfArticlesMentioning' | 'getEntities' | 'mergeEntitiesInOrder'
  >,
  nodes: readonly TypedNode[],
  mergedIntoThisRun: ReadonlySet<string> = new Set(),
  knownPlaces: KnownPlaces = loadKnownPlaces(),
): Promise<MergeRecord[]> {
  const clubs = findTownClubs(nodes, knownPlaces);
  const fullerKeys = [...new Set(clubs.flatMap((c) => c.fuller.map((f) => f.key)))];
  const [views, fullerViews, evidence] = await Promise.all([
    store.getEntities(clubs.map((c) => c.club.key)),
    store.getEntities(fullerKeys),
    readArticlesNamingEach(
      store,
      clubs.map((c) => c.club.key),
    ),
  ]);
  const sportOf = new Map(fullerKeys.map((key, i) => [key, fullerViews[i]?.attributes?.sport]));
  const merges: EntityMerge[] = [];
  const target = new Set<string>();
  for (const [i, found] of clubs.entries()) {
    const view = views[i];
    if (!view || (view.curated && !mergedIntoThisRun.has(view.key))) continue;
    const sport = sportOfClub(found, view);
    if (sport === undefined) continue;
    // Only the town's clubs of that sport: the Falcons are not Newcastle's football club.
    const townClub = { ...found, fuller: found.fuller.filter((f) => sportOf.get(f.key) === sport) };
    const articles = evidence.get(townClub.club.key) ?? [];
    const choice = chooseFullClubName(townClub, articles);
    if (!choice || target.has(townClub.club.key)) continue;
    target.add(choice.into.key);
    const by: CurationActor = {
      by: RECONCILE_TOWN_CLUBS_ACTOR,
      reason: `"${townClub.club.name}" is "${choice.into.name}", its town's ${sport} club: named beside it in ${choice.named} of its ${articles.length} articles, beside no other ${sport} club whose name begins with the town's`,
    };
    merges.push({ keys: [townClub.club.key], into: choice.into.key, by });
  }
  return store.mergeEntitiesInOrder(merges);
}
