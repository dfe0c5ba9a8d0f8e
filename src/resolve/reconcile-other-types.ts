import type { EntityType } from '../model/entity-types';
import { normaliseName } from '../model/ids';
import { loadKnownPlaces, type KnownPlaces } from '../extract/gazetteer';
import type { CurationActor, EntityMerge, GraphStore, MergeRecord } from '../store/graph-store';
import { chooseNamesake, PRIOR_MIN_ARTICLES } from './choose-namesake';
import { genderOfForms } from './gender-evidence';
import { isAcronym, spellsAcronym } from './acronyms';
import { ACRONYM, crossingAllowed, RETYPE_DOMINANCE } from './match-other-type';
import { parsedPersonName } from './reconcile-person-names';
import { titleWords } from './title-context';

/** The actor recorded on merges this module makes, so analysts can find and undo them. */
export const RECONCILE_TYPES_ACTOR = 'newsgraph:reconcile-types';

/** What the pass reads of each stored entity: an export node will do. */
export interface TypedNode {
  key: string;
  type: EntityType;
  name: string;
  aliases: readonly string[];
  wikidataId?: string;
  articleCount: number;
}

export interface TypeMerge {
  from: TypedNode;
  into: TypedNode;
  why: string;
}

/** A person only the tagger believes in: one word, never titled, never anyone's surname. */
function isBarePerson(node: TypedNode, surnames: ReadonlySet<string>): boolean {
  if (node.type !== 'Person') return false;
  const name = parsedPersonName(node.name);
  if (!name || name.given !== undefined || name.titled) return false;
  if (titleWords([node.name, ...node.aliases]).size > 0) return false;
  return !surnames.has(normaliseName(node.name));
}

/** Whether the node's type may be a tagger's guess: no Wikidata id, and no title for a person. */
function mayBeMistyped(node: TypedNode): boolean {
  if (node.wikidataId !== undefined || node.key.startsWith('wd:')) return false;
  return node.type !== 'Person' || titleWords([node.name, ...node.aliases]).size === 0;
}

/**
 * An organisation that answers to its own initials ("Electronic Arts" as "EA"): an article
 * introduced it with its acronym, as articles introduce organisations, not people.
 */
function answersToItsInitials(node: TypedNode): boolean {
  return node.aliases.some((alias) => isAcronym(alias) && spellsAcronym(alias, node.name));
}

/**
 * A "person" of two words or more whose first word is nobody else's first name ("Electronic
 * Arts"): the store itself offers no reading of it as a person's name. `givenNames` counts the
 * persons bearing each first name, this one included.
 */
function hasUnsharedFirstName(node: TypedNode, givenNames: ReadonlyMap<string, number>): boolean {
  const given = parsedPersonName(node.name)?.given;
  return given !== undefined && givenNames.get(given) === 1;
}

function pickTarget(node: TypedNode, others: readonly TypedNode[]): TypedNode | null {
  const persons = others.filter((o) => o.type === 'Person');
  const forms = [node.name, ...node.aliases];
  const person =
    persons.length > 1
      ? persons.find(
          (p) => p.key === chooseNamesake({ forms, gender: genderOfForms(forms) }, persons)?.key,
        )
      : persons[0];
  const nonPersons = others.filter((o) => o.type !== 'Person');
  const picks = [...(person ? [person] : []), ...nonPersons];
  picks.sort((a, b) => b.articleCount - a.articleCount || (a.key < b.key ? -1 : 1));
  return picks[0] ?? null;
}

/**
 * Organisations named like the node plus a plural "s": "All Blacks" for a Location "All Black".
 * Names of two words or more only: "Time" and "Times" are two papers.
 */
function organisationsNamedInPlural(
  node: TypedNode,
  byForm: ReadonlyMap<string, readonly TypedNode[]>,
  mergedAway: ReadonlySet<string>,
): TypedNode[] {
  const name = normaliseName(node.name);
  if (!name.includes(' ')) return [];
  return (byForm.get(`${name}s`) ?? []).filter(
    (o) => o.type === 'Organization' && !mergedAway.has(o.key),
  );
}

/**
 * The merges that undo the tagger's type guesses across the whole store, decided on a snapshot
 * of its nodes: a node whose type may be a guess (`mayBeMistyped`) whose name another type's
 * entity carries as name or alias joins it when
 * - that entity appears in `RETYPE_DOMINANCE` times as many articles ("Blair" once typed
 *   Organization joins Tony Blair; "Lleyton Hewitt" typed Organization joins the player), or
 * - the node is a bare person (one word, never titled, nobody's surname) and the other entity is
 *   not a person and appears in at least `PRIOR_MIN_ARTICLES` articles: "Chelsea" tagged Person
 *   in match reports is the club; or
 * - the node is an acronym typed Location and an organisation of that name appears in at least
 *   as many articles ("GM"); or
 * - the node is a person of two words or more never titled, and a non-person of exactly its name appears in at least
 *   as many articles (and `PRIOR_MIN_ARTICLES`): "Deutsche Boerse" tagged Person is the exchange; or
 * - the node is such a person whose first name no other person bears, and an organisation of
 *   exactly its name (in `PRIOR_MIN_ARTICLES` articles) answers to its initials: "Electronic
 *   Arts" tagged Person in 9 articles is the publisher, named "EA" in some of its 8; or
 * - the node is a Location that no known place is called (`knownPlaces`: the gazetteer, towns of
 *   15,000 people, subdivisions, regions) and an organisation of that name, or of its plural,
 *   appears in at least `PRIOR_MIN_ARTICLES` articles: "Arsenal", "Xbox", "Tory", "All Black"
 *   read as places by a tagger trained on 1996 Reuters are the club, the console, the party.
 * Otherwise Location and Organization do not exchange names (see `crossingAllowed`): "Liverpool"
 * the city and the club are both real. Among several persons
 * answering to the name, the choice is resolution's (`chooseNamesake`); a tie merges nothing.
 * Nodes are taken from the least attested up and a node is merged at most once, never into one
 * already merged away; a target may itself move on later ("Deutsche Boerse" as a place joins the
 * "person", which then joins the exchange), so chains end on the best attested reading.
 */
export function planTypeMerges(
  nodes: readonly TypedNode[],
  knownPlaces: KnownPlaces = loadKnownPlaces(),
): TypeMerge[] {
  const byForm = new Map<string, TypedNode[]>();
  const surnames = new Set<string>();
  const givenNames = new Map<string, number>();
  for (const node of nodes) {
    for (const form of new Set([node.name, ...node.aliases].map(normaliseName))) {
      let list = byForm.get(form);
      if (!list) byForm.set(form, (list = []));
      list.push(node);
    }
    const name = node.type === 'Person' ? parsedPersonName(node.name) : null;
    if (name?.given !== undefined) {
      surnames.add(name.surname);
      givenNames.set(name.given, (givenNames.get(name.given) ?? 0) + 1);
    }
  }
  const ordered = [...nodes].sort(
    (a, b) => a.articleCount - b.articleCount || (a.key < b.key ? -1 : 1),
  );
  const merges: TypeMerge[] = [];
  const mergedAway = new Set<string>();
  for (const node of ordered) {
    if (!mayBeMistyped(node)) continue;
    const unknownPlace = node.type === 'Location' && !knownPlaces.has(node.name);
    const others = (byForm.get(normaliseName(node.name)) ?? []).filter(
      (o) =>
        o.type !== node.type &&
        !mergedAway.has(o.key) &&
        (crossingAllowed(o.type, node.type, node.name) ||
          (unknownPlace && o.type === 'Organization')),
    );
    if (unknownPlace && !others.some((o) => o.type === 'Organization')) {
      others.push(...organisationsNamedInPlural(node, byForm, mergedAway));
    }
    const into = pickTarget(node, others);
    if (!into) continue;
    let why: string | null = null;
    if (unknownPlace && into.type === 'Organization' && into.articleCount >= PRIOR_MIN_ARTICLES) {
      why = `no known place is called "${node.name}", and "${into.name}" is an organisation in ${into.articleCount} articles`;
    } else if (into.articleCount >= RETYPE_DOMINANCE * node.articleCount) {
      why = `named as ${into.type} in ${into.articleCount} articles, as ${node.type} in ${node.articleCount}`;
    } else if (into.type !== 'Person' && into.articleCount >= PRIOR_MIN_ARTICLES) {
      if (
        node.type === 'Location' &&
        into.type === 'Organization' &&
        ACRONYM.test(node.name.trim()) &&
        into.articleCount >= node.articleCount
      ) {
        why = `an acronym is an organisation's name, and "${into.name}" is one in as many articles or more (${into.articleCount})`;
      } else if (isBarePerson(node, surnames)) {
        why = `a one-word "person" never titled nor anyone's surname, and a ${into.type} in ${into.articleCount} articles`;
      } else if (
        node.type === 'Person' &&
        parsedPersonName(node.name)?.given !== undefined &&
        normaliseName(into.name) === normaliseName(node.name) &&
        into.articleCount >= node.articleCount
      ) {
        why = `a "person" never titled, and a ${into.type} of exactly that name in as many articles or more (${into.articleCount})`;
      } else if (
        node.type === 'Person' &&
        into.type === 'Organization' &&
        normaliseName(into.name) === normaliseName(node.name) &&
        hasUnsharedFirstName(node, givenNames) &&
        answersToItsInitials(into)
      ) {
        why = `a "person" never titled whose first name nobody else bears, and an organisation of exactly that name that answers to its initials, in ${into.articleCount} articles`;
      }
    }
    if (why === null) continue;
    merges.push({ from: node, into, why });
    mergedAway.add(node.key);
  }
  return merges;
}

/**
 * Applies `planTypeMerges`, skipping curated entities except those curated only by being the
 * target of a merge this reconciliation made (`mergedIntoThisRun`, or earlier in this pass): a
 * merge marks its target curated, which must not stop the next link of a chain. Each merge is
 * recorded and undoable.
 */
export async function reconcileOtherTypes(
  store: Pick<GraphStore, 'getEntities' | 'mergeEntitiesInOrder'>,
  nodes: readonly TypedNode[],
  mergedIntoThisRun: ReadonlySet<string> = new Set(),
  knownPlaces: KnownPlaces = loadKnownPlaces(),
): Promise<MergeRecord[]> {
  const plan = planTypeMerges(nodes, knownPlaces);
  const curated = new Set(
    (await store.getEntities(plan.map((m) => m.from.key)))
      .filter((view) => view?.curated && !mergedIntoThisRun.has(view.key))
      .map((view) => view?.key),
  );
  const merges: EntityMerge[] = [];
  for (const { from, into, why } of plan) {
    if (curated.has(from.key)) continue;
    const by: CurationActor = {
      by: RECONCILE_TYPES_ACTOR,
      reason: `"${from.name}" (${from.type}) is "${into.name}" (${into.type}): ${why}`,
    };
    merges.push({ keys: [from.key], into: into.key, by });
  }
  return store.mergeEntitiesInOrder(merges);
}
