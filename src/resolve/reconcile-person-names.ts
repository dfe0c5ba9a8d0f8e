import { parsePersonName, type PersonName } from './person-name';

/**
 * Parsed person names by name, frozen so that no caller can change another's answer: the
 * end-of-run passes parse every stored person's name several times a round (first names, type
 * guesses, lone surnames and their company), and the parse is pure. Bounded as personNameOf's
 * parses are (cleared whole when full).
 */
const PARSED = new Map<string, Readonly<PersonName> | null>();
const PARSED_LIMIT = 50_000;

/** `parsePersonName(name)`, parsed once per name. */
export function parsedPersonName(name: string): Readonly<PersonName> | null {
  const known = PARSED.get(name);
  if (known !== undefined) return known;
  const parsed = parsePersonName(name);
  if (parsed) Object.freeze(parsed.middle);
  if (PARSED.size >= PARSED_LIMIT) PARSED.clear();
  const answer = parsed === null ? null : Object.freeze(parsed);
  PARSED.set(name, answer);
  return answer;
}
