import { InvalidInputError } from '../../errors';

const PREFIX = 'ng1:';

/**
 * Cursors are opaque to clients: base64url of a versioned offset. Clients must only pass back
 * what they were given; anything else is a BAD_USER_INPUT, not a silent first page.
 */
export function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = Number(text.slice(PREFIX.length));
  if (!text.startsWith(PREFIX) || !Number.isSafeInteger(offset) || offset < 0) {
    throw new InvalidInputError(
      `after: ${JSON.stringify(cursor)} is not a cursor this API gave out; pass an endCursor or cursor from a previous page`,
    );
  }
  return offset;
}
