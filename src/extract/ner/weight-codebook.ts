/** Weight levels per sign in the decoded model; one byte codes a sign and a level. */
const LEVELS_PER_SIGN = 127;

export interface Codebook {
  /** Weight of each code: 0 is no weight, 1..127 positive levels, 128..254 negative ones. */
  levels: Float32Array;
  /** The code of each input value, in input order. */
  codes: Uint8Array;
}

/**
 * Quantise weights to one byte each on a logarithmic scale between the smallest and the largest
 * magnitude. Perceptron weights are heavy-tailed — a few large, most small — so equal-width int8
 * steps would round most of them to zero; log steps keep every weight within a few per cent of
 * its value (the ratio of largest to smallest, ~10^3 here, spread over 127 steps), well below
 * the margins decoding decides on (the eval pins the F1).
 */
export function buildCodebook(values: ArrayLike<number>): Codebook {
  let min = Infinity;
  let max = 0;
  for (let i = 0; i < values.length; i += 1) {
    const a = Math.abs(values[i]!);
    if (a === 0) continue;
    if (a < min) min = a;
    if (a > max) max = a;
  }
  const levels = new Float32Array(1 + 2 * LEVELS_PER_SIGN);
  const codes = new Uint8Array(values.length);
  if (max === 0) return { levels, codes };
  const step = Math.log(max / min) / (LEVELS_PER_SIGN - 1) || 1;
  for (let k = 0; k < LEVELS_PER_SIGN; k += 1) {
    const level = min * Math.exp(k * step);
    levels[1 + k] = level;
    levels[1 + LEVELS_PER_SIGN + k] = -level;
  }
  for (let i = 0; i < values.length; i += 1) {
    const v = values[i]!;
    if (v === 0) continue;
    const k = Math.min(LEVELS_PER_SIGN - 1, Math.round(Math.log(Math.abs(v) / min) / step));
    codes[i] = (v > 0 ? 1 : 1 + LEVELS_PER_SIGN) + k;
  }
  return { levels, codes };
}
