import { normaliseName } from '../model/ids';
import {
  DETERMINERS,
  NAME_SUFFIXES,
  NAME_TITLES,
  OFFICE_TITLES,
  SURNAME_PARTICLES,
} from './person-titles';

/** A person's name taken apart; tokens are normalised (`normaliseName`), surface keeps the case. */
export interface PersonName {
  /** The form without office titles, as written: "Vladimir Putin", "Prince Harry". */
  surface: string;
  /** First name, absent for a single-token name ("Putin"). */
  given?: string;
  middle: string[];
  /** One or more tokens: "putin", "bin laden". */
  surname: string;
  suffix?: string;
  /** The surname as written ("Putin", "bin Laden"). */
  surnameSurface: string;
  /** "George Bush" for "George W. Bush"; absent when there is no middle part. */
  givenAndSurnameSurface?: string;
  /** Named with a title that is part of the name ("Prince Harry"): no surname alias then. */
  titled: boolean;
}

const DEMONYM_LIKE = /(?:an|ese|ish|i|ch|ic)$/i;
const POSSESSIVE = /['’]s$/;

function bare(token: string): string {
  return token.toLowerCase().replace(/\.$/, '');
}

function isCapitalised(token: string): boolean {
  return /^\p{Lu}/u.test(token);
}

/**
 * The part of a surface form that names the person, without the office that precedes it:
 * "Chinese President Xi Jinping" → "Xi Jinping", "Mr Putin's" → "Putin". Null when nothing is
 * left but a role ("the Chinese leader", "President", "the Queen") or no capitalised word ("he"):
 * such a form never names a person on its own.
 *
 * A capitalised word before a title counts as part of the title only when it looks like a
 * demonym ("Russian President"), so "Julie Bishop" keeps her surname.
 */
export function stripPersonTitles(form: string): string | null {
  const tokens = form.trim().split(/\s+/).filter(Boolean);
  const last = tokens.length - 1;
  if (last >= 0) tokens[last] = (tokens[last] as string).replace(POSSESSIVE, '');
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as string;
    const next = tokens[i + 1];
    const word = bare(token);
    if (DETERMINERS.has(word) || OFFICE_TITLES.has(word) || POSSESSIVE.test(token)) {
      i += 1;
    } else if (
      next !== undefined &&
      OFFICE_TITLES.has(bare(next)) &&
      (!isCapitalised(token) || DEMONYM_LIKE.test(token))
    ) {
      i += 1;
    } else break;
  }
  const core = tokens.slice(i);
  const named = core.filter((t) => !NAME_TITLES.has(bare(t)));
  if (named.length === 0 || !named.some(isCapitalised)) return null;
  return core.join(' ');
}

/** Parses a title-free surface form (see `stripPersonTitles`); null when nothing names anyone. */
export function parsePersonName(surface: string): PersonName | null {
  const raw = surface.split(/\s+/).filter((t) => normaliseName(t) !== '');
  let start = 0;
  while (start < raw.length - 1 && NAME_TITLES.has(bare(raw[start] as string))) start += 1;
  const titled = start > 0;
  let end = raw.length;
  let suffix: string | undefined;
  if (end - start >= 2 && NAME_SUFFIXES.has(bare(raw[end - 1] as string))) {
    suffix = normaliseName(raw[end - 1] as string);
    end -= 1;
  }
  const words = raw.slice(start, end);
  const norm = words.map((t) => normaliseName(t));
  if (norm.length === 0) return null;
  let surnameStart = norm.length - 1;
  while (surnameStart > 1 && SURNAME_PARTICLES.has(norm[surnameStart - 1] as string)) {
    surnameStart -= 1;
  }
  const surnameWords = words.slice(surnameStart);
  const name: PersonName = {
    surface,
    middle: norm.slice(1, surnameStart),
    surname: norm.slice(surnameStart).join(' '),
    surnameSurface: surnameWords.join(' '),
    titled,
  };
  if (suffix) name.suffix = suffix;
  if (surnameStart > 0) name.given = norm[0] as string;
  if (name.middle.length > 0) {
    name.givenAndSurnameSurface = [words[0], ...surnameWords].join(' ');
  }
  return name;
}

/**
 * `parse`, answered once per input and frozen so that no caller can change another's answer. An
 * ingest asks for the same few thousand names over and over (resolution, then every end-of-run
 * pass), and the parse is pure; the bound keeps a long run's memory flat (cleared whole when
 * full: simple, and a refill costs only parses).
 */
export function rememberedParses(
  parse: (input: string) => PersonName | null,
  limit = 50_000,
): (input: string) => Readonly<PersonName> | null {
  const answers = new Map<string, Readonly<PersonName> | null>();
  return (input) => {
    const known = answers.get(input);
    if (known !== undefined) return known;
    const parsed = parse(input);
    if (parsed) Object.freeze(parsed.middle);
    if (answers.size >= limit) answers.clear();
    const answer = parsed === null ? null : Object.freeze(parsed);
    answers.set(input, answer);
    return answer;
  };
}

/** Title-stripped and parsed in one step: the usual way in from a mention's text. */
export const personNameOf = rememberedParses((form) => {
  const core = stripPersonTitles(form);
  return core === null ? null : parsePersonName(core);
});
