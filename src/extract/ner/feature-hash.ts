/**
 * Integer hashing for features. Features are never built as strings ("w-1=the|shape=Xx"): each
 * token's word, shape and POS are hashed once, and a feature is a mix of a template id with one or
 * two of those hashes. That keeps the tagger free of per-token string allocation.
 */

/** FNV-1a over UTF-16 code units. */
export function hashString(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i += 1) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** FNV-1a over code units [from, to) of `value`: prefixes and suffixes without slicing. */
export function hashRange(value: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i += 1) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finaliser: spreads the bits of a combination so nearby inputs land far apart. */
function finalise(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function mix2(template: number, a: number): number {
  return finalise(Math.imul(template + 1, 0x9e3779b1) ^ a);
}

export function mix3(template: number, a: number, b: number): number {
  return finalise(Math.imul(mix2(template, a), 0x27d4eb2d) ^ b);
}
