import type { EntityType } from '../model/entity-types';
import type { ExtractedEntity } from '../model/extraction';
import { normaliseName } from '../model/ids';
import { personNameOf, stripPersonTitles } from './person-name';

const HAS_NAME_CHARACTER = /[\p{Lu}\p{N}]/u;

/**
 * Mentions that stand for the entity without naming it: "Chinese" and "Beijing" for China, "he",
 * "the Russian leader". They resolve inside the article; as aliases they would let a later
 * article's Beijing (the city) or "the Russian leader" (a different one) land on this entity.
 */
const STAND_IN_SOURCES: ReadonlySet<string> = new Set([
  'gazetteer:demonym',
  'gazetteer:metonym',
  'coref:pronoun',
  'coref:title',
]);

/** "Newcastle (rugby union)": a name told from its namesakes by what follows in brackets. */
const QUALIFIED_NAME = /^(.+?) \([^()]+\)$/;

/**
 * Every distinct way the article named the entity: its name, its aliases, its mention texts,
 * without the forms that only stand in for it (see STAND_IN_SOURCES) and, for a name qualified
 * in brackets, without the bare name the brackets tell apart: "Newcastle" in a rugby report is
 * the rugby club, but as an alias it would let every later "Newcastle" (the football club, the
 * city) land on it.
 */
export function surfaceForms(entity: ExtractedEntity): string[] {
  const standIns = new Set(
    entity.mentions.filter((m) => STAND_IN_SOURCES.has(m.source)).map((m) => m.text.trim()),
  );
  const bare = QUALIFIED_NAME.exec(entity.name.trim())?.[1];
  if (bare !== undefined) standIns.add(bare);
  const named = entity.mentions.filter((m) => !STAND_IN_SOURCES.has(m.source)).map((m) => m.text);
  const forms = [...entity.aliases, ...named].map((f) => f.trim()).filter((f) => !standIns.has(f));
  return [...new Set([entity.name.trim(), ...forms].filter(Boolean))];
}

/**
 * A non-person form as a name: a leading lower-case "the" is the sentence's, not the name's
 * ("the Kremlin" → "Kremlin"); a form without a capital or digit ("the pipeline") names nothing.
 */
export function nameOfForm(form: string): string | null {
  const name = form.trim().replace(/^the\s+/, '');
  return HAS_NAME_CHARACTER.test(name) ? name : null;
}

/**
 * The names a form contributes for look-ups and aliases. A person's form gives itself, its
 * title-stripped core and, from the core, the surname and the first-name-plus-surname short form
 * ("Chinese President Xi Jinping" → that, "Xi Jinping", "Jinping"); a form that names only a role
 * ("the Chinese leader") gives nothing, so no later article can reach a person through a role.
 */
export function namesOfForm(type: EntityType, form: string): string[] {
  if (type !== 'Person') {
    const name = nameOfForm(form);
    return name === null ? [] : [name];
  }
  const core = stripPersonTitles(form);
  if (core === null) return [];
  const names = [form.trim().replace(/['’]s$/, ''), core];
  const parsed = personNameOf(core);
  if (parsed && parsed.given !== undefined && !parsed.titled) names.push(parsed.surnameSurface);
  if (parsed?.givenAndSurnameSurface) names.push(parsed.givenAndSurnameSurface);
  return names;
}

/**
 * The aliases an entity record carries: the distinct names of all its forms minus its canonical
 * name (compared normalised, as the stores match them), sorted so the record is deterministic.
 */
export function aliasesFor(type: EntityType, forms: readonly string[], name: string): string[] {
  const own = normaliseName(name);
  const aliases = new Set<string>();
  for (const form of forms) {
    for (const alias of namesOfForm(type, form)) {
      const normalised = normaliseName(alias);
      if (normalised !== '' && normalised !== own) aliases.add(alias);
    }
  }
  return [...aliases].sort();
}
