import { normaliseName } from '../model/ids';
import type {
  CurationActor,
  EntityMerge,
  EntityView,
  GraphStore,
  MergeRecord,
} from '../store/graph-store';
import { readArticlesNaming } from './article-evidence';
import { chooseNamesake } from './choose-namesake';
import { chooseByCoMentions, type Neighbours } from './co-mention-evidence';
import { genderOfForms } from './gender-evidence';
import { beginsDoubleBarrel, comparePersonNames } from './compare-person-names';
import type { PersonName } from './person-name';
import { parsedPersonName } from './reconcile-person-names';

/** The actor recorded on merges this module makes, so analysts can find and undo them. */
export const RECONCILE_ACTOR = 'newsgraph:reconcile-surnames';

/**
 * A name that says less than a full name and only the surname can place: a surname alone
 * ("Blair") or an initial and a surname ("S Jones", as team sheets print players).
 */
function isVagueName(name: PersonName | null): name is PersonName {
  if (!name || name.titled) return false;
  return name.given === undefined || (name.given.length === 1 && name.middle.length === 0);
}

/**
 * The double-barrelled surnames full names carry, normalised ("kilroy silk" from "Robert
 * Kilroy-Silk"): only a hyphen makes one, so "John Smith Jones" adds nothing.
 */
function doubleBarrelledSurnames(persons: readonly { name: string }[]): Set<string> {
  const surnames = new Set<string>();
  for (const person of persons) {
    const name = parsedPersonName(person.name);
    if (name?.given !== undefined && name.surnameSurface.includes('-')) surnames.add(name.surname);
  }
  return surnames;
}

/**
 * A double-barrelled surname written with a space ("Kilroy Silk"), which parses as a first name
 * and a surname, read as the surname alone it is ("Kilroy-Silk"); any other name as parsed.
 */
function asLoneSurname(name: string): PersonName | null {
  const parsed = parsedPersonName(name);
  if (isVagueName(parsed)) return parsed;
  const words = name.trim().split(/\s+/);
  return words.length === 2 ? parsedPersonName(words.join('-')) : parsed;
}

/**
 * Keys of the persons stored under a surname alone ("Blair") or an initial and a surname
 * ("S Jones"), because no full name was known when their article was resolved, or several were;
 * and of persons named like a full name's double-barrelled surname written with a space ("Kilroy
 * Silk" beside "Robert Kilroy-Silk"), which are that surname alone. Reads every Person once (from
 * an export source's stream), so it sees persons written by earlier, interrupted runs too.
 */
export async function findLoneSurnamePersons(
  persons:
    | AsyncIterable<{ key: string; type: string; name: string; wikidataId?: string }>
    | Iterable<{ key: string; type: string; name: string; wikidataId?: string }>,
): Promise<string[]> {
  const all: { key: string; type: string; name: string; wikidataId?: string }[] = [];
  for await (const person of persons) if (person.type === 'Person') all.push(person);
  const doubleBarrels = doubleBarrelledSurnames(all);
  const keys: string[] = [];
  for (const person of all) {
    if (person.wikidataId) continue;
    const name = parsedPersonName(person.name);
    const spacedDoubleBarrel =
      name !== null &&
      !name.titled &&
      name.middle.length === 0 &&
      !name.surnameSurface.includes('-') &&
      doubleBarrels.has(normaliseName(person.name));
    if (isVagueName(name) || spacedDoubleBarrel) keys.push(person.key);
  }
  return keys.sort();
}

interface HolderChoice {
  into: EntityView;
  why: string;
  /** Chosen by what the whole corpus says (prior, company kept), not by its own forms. */
  byCorpus: boolean;
}

/** Several holders that nothing in the names separates: the company kept decides, if anything. */
const BY_COMPANY = 'by-company';

/**
 * The full-named person a lone-surname entity should join, and why; null to leave it alone;
 * BY_COMPANY when only the company it keeps can tell (see `chooseByCompany`).
 * One holder of the surname → that one, unless the honorifics the lone entity was written with
 * contradict it ("Mrs Blair" is not the only Blair, who is always "Mr"). Several → the choice
 * resolution makes (`chooseNamesake`: gender, titles, then one holder named in far more
 * articles than the rest); a real tie leaves the lone entity, and the ambiguity, in place.
 */
function chooseHolderByNames(
  entity: EntityView,
  holders: readonly EntityView[],
): HolderChoice | typeof BY_COMPANY | null {
  if (holders.length === 0) return null;
  const forms = [entity.name, ...entity.aliases];
  const gender = genderOfForms(forms);
  if (holders.length === 1) {
    const only = holders[0] as EntityView;
    const theirs = genderOfForms([only.name, ...only.aliases]);
    if (gender !== null && theirs !== null && theirs !== gender) return null;
    return { into: only, why: 'the only person known by that surname', byCorpus: false };
  }
  const chosen = chooseNamesake({ forms, gender }, holders);
  if (!chosen) return BY_COMPANY;
  const into = holders.find((h) => h.key === chosen.key);
  if (!into) return null;
  const why =
    chosen.how === 'prior'
      ? `named in far more articles (${into.articleCount}) than any other person of that surname`
      : 'singled out among the people of that surname by its titles';
  return { into, why, byCorpus: chosen.how === 'prior' };
}

/** The holder the lone entity keeps company with (`chooseByCoMentions`), or null. */
function chooseByCompany(
  entity: EntityView,
  holders: readonly EntityView[],
  neighbours: Neighbours,
): HolderChoice | null {
  const byCompany = chooseByCoMentions(
    entity.key,
    holders.map((h) => h.key),
    neighbours,
  );
  const into = holders.find((h) => h.key === byCompany);
  return into
    ? { into, why: 'named beside the people and things that person is named with', byCorpus: true }
    : null;
}

/**
 * Where the company-kept evidence comes from: the neighbours of the keys asked, read when some
 * lone surname needs them (most are settled by their names alone).
 */
export type ReadNeighbours = (keys: readonly string[]) => Promise<Neighbours>;

/**
 * Whether two holders of a surname cannot be one person: their names differ ("Max Jones",
 * "Stephen Jones") and neither first name begins the other ("Rob" and "Robert Sidoli", "S" and
 * "Simon Taylor" may be one man, two nodes).
 */
function surelyDifferent(a: EntityView, b: EntityView): boolean {
  const [one, other] = [parsedPersonName(a.name), parsedPersonName(b.name)];
  if (!one?.given || !other?.given || comparePersonNames(one, other) !== 'different') return false;
  return !one.given.startsWith(other.given) && !other.given.startsWith(one.given);
}

/**
 * Whether the articles naming a lone surname name two of its holders who cannot be one person
 * (`surelyDifferent`): the node then gathers several people (a team sheet's "Jones" beside
 * Stephen, Ryan and Max Jones), and no corpus-wide guess may hand all of them to one.
 */
async function articlesNameSeveralHolders(
  store: Pick<GraphStore, 'articles'>,
  key: string,
  holders: readonly EntityView[],
): Promise<boolean> {
  const named = new Set<EntityView>();
  for (const keys of await readArticlesNaming(store, key)) {
    for (const holder of holders) if (keys.has(holder.key)) named.add(holder);
  }
  const list = [...named];
  return list.some((a, i) => list.slice(i + 1).some((b) => surelyDifferent(a, b)));
}

/** Where `key` is now, following the merges a pass has planned (`movedTo`: from → into). */
export function whereNow(key: string, movedTo: ReadonlyMap<string, string>): string {
  let at = key;
  for (let next = movedTo.get(at); next !== undefined; next = movedTo.get(at)) at = next;
  return at;
}

/**
 * Merge each lone-surname person into the full-named person who carries that surname, when the
 * evidence points to one (see `chooseHolder`); an initial and a surname ("S Jones") likewise
 * into the full names its initial fits (Stephen, Steve and Simon Jones, not Chris Jones). Resolution order made them two nodes ("Blair" was
 * seen before "Tony Blair"); once one full name is the clear reading, keeping two nodes would
 * split the person's statements. When nothing favours one of several holders nothing is merged:
 * the ambiguity stays visible; nor when only the corpus favours one (prior, company) but the
 * lone surname's own articles name two different holders (see `articlesNameSeveralHolders`).
 * Each merge is an ordinary recorded, undoable merge by RECONCILE_ACTOR.
 */
export async function reconcileLoneSurnames(
  store: Pick<
    GraphStore,
    'articles' | 'findEntitiesByNames' | 'getEntities' | 'mergeEntitiesInOrder'
  >,
  loneKeys: readonly string[],
  readNeighbours: ReadNeighbours = async () => new Map(),
): Promise<MergeRecord[]> {
  const merges: EntityMerge[] = [];
  const lone = (await store.getEntities(loneKeys)).filter(
    (e): e is EntityView => e !== null && !e.curated,
  );
  // Every surname's namesakes in one round trip: a merge here moves one lone surname onto a
  // holder already answering to it, so it changes no other surname's namesakes (a holder merged
  // away is followed: see `movedTo`).
  // Full names carry their surname as an alias, so the surname finds every holder.
  const vague = lone.map((entity) => asLoneSurname(entity.name));
  const namesakes = await store.findEntitiesByNames(
    lone.map((entity, i) => ({
      name: vague[i]?.surnameSurface ?? entity.name,
      type: 'Person' as const,
    })),
  );
  const candidates = lone.flatMap((entity, index) => {
    const own = vague[index];
    if (!isVagueName(own ?? null) || !own) return [];
    const holders = holdersOf(entity, own, namesakes[index] ?? []);
    return [{ entity, holders, choice: chooseHolderByNames(entity, holders) }];
  });
  // The company of the undecided alone, in one read: the pass merges nothing before its end.
  const undecided = candidates.filter((c) => c.choice === BY_COMPANY);
  const neighbours =
    undecided.length === 0
      ? new Map()
      : await readNeighbours([
          ...new Set(undecided.flatMap((c) => [c.entity.key, ...c.holders.map((h) => h.key)])),
        ]);
  // An initial-named holder ("E Miller" for "Miller") may itself have moved on earlier in
  // this pass ("E Miller" into "Eddie Miller"): the merge follows it there.
  const movedTo = new Map<string, string>();
  for (const { entity, holders, choice: byNames } of candidates) {
    const choice = byNames === BY_COMPANY ? chooseByCompany(entity, holders, neighbours) : byNames;
    if (!choice) continue;
    if (choice.byCorpus && (await articlesNameSeveralHolders(store, entity.key, holders))) continue;
    const into = whereNow(choice.into.key, movedTo);
    if (into === entity.key) continue;
    const by: CurationActor = {
      by: RECONCILE_ACTOR,
      reason: `"${entity.name}" was stored alone before "${choice.into.name}", ${choice.why}`,
    };
    merges.push({ keys: [entity.key], into, by });
    movedTo.set(entity.key, into);
  }
  return store.mergeEntitiesInOrder(merges);
}

/**
 * The full-named persons among a lone entity's namesakes its name may be short for: a lone
 * surname counts "S Jones" among its holders, as resolution does, so a team sheet's Joneses
 * keep a bare "Jones" ambiguous; an initial looks for full first names only.
 */
function holdersOf(
  entity: EntityView,
  own: PersonName,
  namesakes: readonly EntityView[],
): EntityView[] {
  return namesakes.filter((candidate) => {
    if (candidate.key === entity.key) return false;
    const name = parsedPersonName(candidate.name);
    if (name === null || name.given === undefined) return false;
    if (own.given !== undefined && name.given.length === 1) return false;
    return comparePersonNames(own, name) === 'first-less-specific' || beginsDoubleBarrel(own, name);
  });
}
