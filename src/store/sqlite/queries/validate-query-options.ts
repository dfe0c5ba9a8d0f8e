import { InvalidInputError } from '../../../errors';
import type { Page } from '../../graph-store';

/** The largest `limit` any analytical read accepts (graph-queries.ts). */
export const MAX_LIMIT = 10_000;

/** Throws InvalidInputError unless `value` is an integer in [min, max], naming the option. */
export function requireIntegerIn(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InvalidInputError(`${name} must be an integer from ${min} to ${max}, found ${value}`);
  }
}

export function requireLimit(limit: number): void {
  requireIntegerIn('limit', limit, 0, MAX_LIMIT);
}

export function requirePage(page: Page): void {
  requireLimit(page.limit);
  requireIntegerIn('offset', page.offset, 0, Number.MAX_SAFE_INTEGER);
}
