/**
 * How well a normalised query matches one normalised name or alias, in [0, 1]: 1 for the exact
 * form; otherwise every query word must match a word of the form exactly, as a prefix, or within
 * a small edit distance (so one typo still finds the entity), scaled by how much of the form the
 * query covers. A near-identical whole string also counts, for typos that split or join words.
 */
export function scoreForm(query: string, form: string): number {
  if (query === form) return 1;
  const queryWords = query.split(' ');
  const formWords = form.split(' ');
  const matched = new Set<number>();
  let total = 0;
  for (const word of queryWords) {
    let best = 0;
    let bestIndex = -1;
    for (let index = 0; index < formWords.length; index += 1) {
      const score = scoreWord(word, formWords[index] as string);
      if (score > best) {
        best = score;
        bestIndex = index;
      }
    }
    if (best === 0) {
      total = 0;
      break;
    }
    matched.add(bestIndex);
    total += best;
  }
  const wordScore = (total / queryWords.length) * (0.8 + (0.2 * matched.size) / formWords.length);
  const longest = Math.max(query.length, form.length);
  const whole = 1 - editDistance(query, form, Math.floor(longest * 0.2)) / longest;
  const wholeScore = whole >= 0.8 ? 0.9 * whole : 0;
  return Math.min(0.99, Math.max(wordScore, wholeScore));
}

function scoreWord(word: string, candidate: string): number {
  if (word === candidate) return 1;
  if (word.length >= 2 && candidate.startsWith(word)) return 0.85;
  const allowed = word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
  if (allowed === 0) return 0;
  const distance = editDistance(word, candidate, allowed);
  return distance <= allowed ? 0.85 - 0.1 * distance : 0;
}

/** Rows reused across calls: search scores every candidate form of every hit, per request. */
let rows: [Int32Array, Int32Array, Int32Array] = [
  new Int32Array(64),
  new Int32Array(64),
  new Int32Array(64),
];

function rowsFor(length: number): [Int32Array, Int32Array, Int32Array] {
  if (rows[0].length < length) {
    const size = Math.max(length, rows[0].length * 2);
    rows = [new Int32Array(size), new Int32Array(size), new Int32Array(size)];
  }
  return rows;
}

/**
 * Levenshtein distance with adjacent transpositions (optimal string alignment); gives up early
 * and returns `limit + 1` once every path exceeds `limit`. Compares UTF-16 code units.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let [previousRow, row, next] = rowsFor(b.length + 1);
  for (let j = 0; j <= b.length; j += 1) row[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    const ai = a.charCodeAt(i - 1);
    const aBefore = i > 1 ? a.charCodeAt(i - 2) : -1;
    next[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let value = Math.min(
        (row[j] as number) + 1,
        (next[j - 1] as number) + 1,
        (row[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && aBefore === bj) {
        value = Math.min(value, (previousRow[j - 2] as number) + 1);
      }
      next[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [previousRow, row, next] = [row, next, previousRow];
  }
  return row[b.length] as number;
}
