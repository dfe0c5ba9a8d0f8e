import { InvalidInputError } from '../../errors';
import { decodeCursor } from './cursor';

/** The most items one page (or one list argument) may ask for. */
export const MAX_PAGE_SIZE = 100;

export interface PageRequest {
  /** Items to return. */
  first: number;
  /** Items to skip: the position after the `after` cursor. */
  offset: number;
}

/**
 * Validate `first`/`after`. `first` above MAX_PAGE_SIZE is refused rather than clamped, so a
 * client never mistakes a short page for the end of the data.
 */
export function pageArgs(first: number | null | undefined, after?: string | null): PageRequest {
  return {
    first: checkFirst(first ?? 20, 'first'),
    offset: after === null || after === undefined ? 0 : decodeCursor(after) + 1,
  };
}

/** A count argument (`first`, `limit`) between 0 and MAX_PAGE_SIZE. */
export function checkFirst(value: number, name: string, max = MAX_PAGE_SIZE): number {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new InvalidInputError(`${name} must be between 0 and ${max}, found ${value}`);
  }
  return value;
}
