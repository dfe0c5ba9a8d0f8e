import { InvalidInputError } from '../../../errors';

/** Throws InvalidInputError unless `value` is an integer in [min, max], naming the option. */
export function requireIntegerIn(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InvalidInputError(`${name} must be an integer from ${min} to ${max}, found ${value}`);
  }
}

/** The contract's bound on every `limit`. */
export const MAX_LIMIT = 10_000;

export function requireLimit(limit: number): void {
  requireIntegerIn('limit', limit, 0, MAX_LIMIT);
}

export function requirePage(page: { limit: number; offset: number }): void {
  requireLimit(page.limit);
  requireIntegerIn('offset', page.offset, 0, Number.MAX_SAFE_INTEGER);
}
