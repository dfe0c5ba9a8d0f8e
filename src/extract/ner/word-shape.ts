export const FLAG_TITLE = 1;
export const FLAG_ALL_CAPS = 2;
export const FLAG_HAS_DIGIT = 4;
export const FLAG_HAS_HYPHEN = 8;
export const FLAG_HAS_DOT = 16;
export const FLAG_HAS_APOSTROPHE = 32;
export const FLAG_HAS_LETTER = 64;
export const FLAG_ALL_DIGITS = 128;

export interface WordShape {
  /** Hash of the collapsed shape: "Angela" → Xx, "U.S." → X.X., "1996-08-30" → d-d-d. */
  shape: number;
  flags: number;
}

/**
 * Shape and orthographic flags in one pass over the characters, without building the shape
 * string (its hash is accumulated as it goes).
 */
export function wordShape(value: string): WordShape {
  let h = 0x811c9dc5;
  let previousClass = -1;
  let upper = 0;
  let lower = 0;
  let digits = 0;
  let flags = 0;
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    const ch = value[i] as string;
    let cls: number;
    if (code >= 48 && code <= 57) {
      cls = 100; // d
      digits += 1;
    } else if (ch !== ch.toLowerCase()) {
      cls = 88; // X
      upper += 1;
    } else if (ch !== ch.toUpperCase()) {
      cls = 120; // x
      lower += 1;
    } else {
      cls = code;
      if (code === 45) flags |= FLAG_HAS_HYPHEN;
      else if (code === 46) flags |= FLAG_HAS_DOT;
      else if (code === 39 || code === 8217) flags |= FLAG_HAS_APOSTROPHE;
    }
    if (cls !== previousClass) {
      h ^= cls;
      h = Math.imul(h, 0x01000193);
      previousClass = cls;
    }
  }
  if (upper > 0 && lower === 0) flags |= FLAG_ALL_CAPS;
  if (upper > 0 && value[0] !== (value[0] as string).toLowerCase() && lower > 0)
    flags |= FLAG_TITLE;
  if (digits > 0) flags |= FLAG_HAS_DIGIT;
  if (upper + lower > 0) flags |= FLAG_HAS_LETTER;
  if (digits === value.length && digits > 0) flags |= FLAG_ALL_DIGITS;
  // Length bucket (1, 2, 3, 4+) distinguishes "A" and "AP" from "NATO".
  const lengthBucket = Math.min(value.length, 4);
  return { shape: Math.imul(h ^ lengthBucket, 0x01000193) >>> 0, flags };
}

export function isCapitalised(flags: number): boolean {
  return (flags & (FLAG_TITLE | FLAG_ALL_CAPS)) !== 0;
}
