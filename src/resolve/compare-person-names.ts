import { normaliseName } from '../model/ids';
import type { PersonName } from './person-name';

/**
 * How two names of possibly the same person relate:
 * - `same`: nothing tells them apart ("George W. Bush" / "George Walker Bush");
 * - `first-less-specific` / `second-less-specific`: one says less but nothing contradicts
 *   ("George Bush" is less specific than "George W. Bush", "Putin" than "Vladimir Putin");
 * - `different`: surnames differ, first names differ, or both give different middle parts
 *   ("George W. Bush" / "George H. W. Bush").
 */
export type NameRelation = 'same' | 'first-less-specific' | 'second-less-specific' | 'different';

type Side = 'first' | 'second';

function tokensAgree(a: string, b: string): Side | 'equal' | null {
  if (a === b) return 'equal';
  if (a.length === 1 && b.startsWith(a)) return 'first';
  if (b.length === 1 && a.startsWith(b)) return 'second';
  return null;
}

function givenRelation(a: PersonName, b: PersonName): Side | 'equal' | null {
  if (a.given === undefined && b.given === undefined) return 'equal';
  if (a.given === undefined) return 'first';
  if (b.given === undefined) return 'second';
  return tokensAgree(a.given, b.given);
}

function middleRelation(a: readonly string[], b: readonly string[]): Side | 'equal' | null {
  if (a.length === 0 && b.length === 0) return 'equal';
  if (a.length === 0) return 'first';
  if (b.length === 0) return 'second';
  if (a.length !== b.length) return null;
  const sides = new Set<Side>();
  for (let i = 0; i < a.length; i += 1) {
    const agreement = tokensAgree(a[i] as string, b[i] as string);
    if (agreement === null) return null;
    if (agreement !== 'equal') sides.add(agreement);
  }
  return sides.size === 0 ? 'equal' : sides.size === 1 ? ([...sides][0] as Side) : null;
}

export function comparePersonNames(a: PersonName, b: PersonName): NameRelation {
  if (a.surname !== b.surname) return 'different';
  if (a.suffix !== undefined && b.suffix !== undefined && a.suffix !== b.suffix) return 'different';
  const parts = [givenRelation(a, b), middleRelation(a.middle, b.middle)];
  if (parts.includes(null)) return 'different';
  const sides = new Set(parts.filter((p): p is Side => p === 'first' || p === 'second'));
  if (sides.size === 2) return 'different';
  if (sides.has('first')) return 'first-less-specific';
  if (sides.has('second')) return 'second-less-specific';
  return 'same';
}

/**
 * Two full names (first name and surname agreeing) whose middle parts cannot be the same person:
 * an alias "George H. W. Bush" on an entity rules out attaching "George W. Bush" to it.
 */
export function namesContradict(a: PersonName, b: PersonName): boolean {
  if (a.given === undefined || b.given === undefined || a.surname !== b.surname) return false;
  if (tokensAgree(a.given, b.given) === null) return false;
  return comparePersonNames(a, b) === 'different';
}

/**
 * A lone surname that is the first half of another name's double-barrelled surname: "Kilroy"
 * (from "Mr Kilroy-Silk", cut at the hyphen) and "Robert Kilroy-Silk". Not "Smith" and
 * "John Smith-Jones" written without a hyphen: only a hyphen joins the halves.
 */
export function beginsDoubleBarrel(lone: PersonName, full: PersonName): boolean {
  if (lone.given !== undefined || lone.middle.length > 0) return false;
  const halves = full.surnameSurface.split('-');
  return halves.length > 1 && normaliseName(halves[0] as string) === lone.surname;
}
