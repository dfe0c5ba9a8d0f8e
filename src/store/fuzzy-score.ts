/**
 * How well a normalised query matches one normalised name or alias, in [0, 1]: 1 for the exact
 * form; otherwise every query word must match a word of the form exactly, as a prefix, or within
 * a small edit distance (so one typo still finds the entity), scaled by how much of the form the
 * query covers. A near-identical whole string also counts, for typos that split or join words.
 * To score many forms against one query, make the scorer once with formScorer.
 */
export function scoreForm(query: string, form: string): number {
  return formScorer(query)(form);
}

/**
 * scoreForm with the query prepared once: a search scores every form of hundreds of candidates
 * against the same query, and splitting it each time was a good part of that.
 *
 * @example const score = formScorer('tony blar'); score('tony blair') > score('tony banks')
 */
export function formScorer(query: string): (form: string) => number {
  const queryWords = query.split(' ');
  const allowed = queryWords.map(allowedEdits);
  return (form) => scorePrepared(query, queryWords, allowed, form);
}

/** The whole-string score is 0.9 × a similarity below 1: a word score this high wins anyway. */
const WHOLE_SCORE_CEILING = 0.9;

function scorePrepared(
  query: string,
  queryWords: readonly string[],
  allowed: readonly number[],
  form: string,
): number {
  if (query === form) return 1;
  const formWords = form.split(' ');
  // Distinct form words matched; queries have a handful of words, so a list beats a Set.
  const matched: number[] = [];
  let total = 0;
  for (let q = 0; q < queryWords.length; q += 1) {
    const word = queryWords[q] as string;
    let best = 0;
    let bestIndex = -1;
    for (let index = 0; index < formWords.length && best < 1; index += 1) {
      const score = scoreWord(word, allowed[q] as number, formWords[index] as string);
      if (score > best) {
        best = score;
        bestIndex = index;
      }
    }
    if (best === 0) {
      total = 0;
      break;
    }
    if (!matched.includes(bestIndex)) matched.push(bestIndex);
    total += best;
  }
  const wordScore = (total / queryWords.length) * (0.8 + (0.2 * matched.length) / formWords.length);
  if (wordScore >= WHOLE_SCORE_CEILING) return Math.min(0.99, wordScore);
  const longest = Math.max(query.length, form.length);
  const whole = 1 - editDistance(query, form, Math.floor(longest * 0.2)) / longest;
  const wholeScore = whole >= 0.8 ? 0.9 * whole : 0;
  return Math.min(0.99, Math.max(wordScore, wholeScore));
}

/** Edits a query word may be off by: more for longer words. */
function allowedEdits(word: string): number {
  return word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
}

function scoreWord(word: string, allowed: number, candidate: string): number {
  if (word === candidate) return 1;
  if (word.length >= 2 && candidate.startsWith(word)) return 0.85;
  if (allowed === 0) return 0;
  const distance = editDistance(word, candidate, allowed);
  return distance <= allowed ? 0.85 - 0.1 * distance : 0;
}

/** Rows reused across calls: search scores every candidate form of every hit, per request. */
let rowSize = 64;
let rowA = new Int32Array(rowSize);
let rowB = new Int32Array(rowSize);
let rowC = new Int32Array(rowSize);

/**
 * Levenshtein distance with adjacent transpositions (optimal string alignment); gives up early
 * and returns `limit + 1` once every path exceeds `limit`. Compares UTF-16 code units.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // Most calls allow one edit (words of four to seven letters): a linear scan answers those.
  if (limit <= 1) return Math.min(limit + 1, distanceUpToOne(a, b));
  if (rowSize < b.length + 1) {
    rowSize = Math.max(b.length + 1, rowSize * 2);
    rowA = new Int32Array(rowSize);
    rowB = new Int32Array(rowSize);
    rowC = new Int32Array(rowSize);
  }
  // The rows for a's letters i - 2, i - 1 and i, rotated without allocating.
  let previousRow = rowA;
  let row = rowB;
  let next = rowC;
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
    const oldest = previousRow;
    previousRow = row;
    row = next;
    next = oldest;
  }
  return row[b.length] as number;
}

/**
 * 0 for equal strings, 1 when one substitution, insertion, deletion or swap of neighbours
 * makes them equal, else 2: editDistance with limit 1, in one pass instead of a table. The
 * lengths differ by one at most (the caller checked).
 */
function distanceUpToOne(a: string, b: string): number {
  if (a === b) return 0;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < shorter.length && shorter.charCodeAt(i) === longer.charCodeAt(i)) i += 1;
  if (shorter.length !== longer.length) {
    // One letter more in `longer` at i: the rest must follow it unchanged.
    return sameFrom(shorter, i, longer, i + 1) ? 1 : 2;
  }
  if (sameFrom(a, i + 1, b, i + 1)) return 1;
  const swapped =
    i + 1 < a.length &&
    a.charCodeAt(i) === b.charCodeAt(i + 1) &&
    a.charCodeAt(i + 1) === b.charCodeAt(i);
  return swapped && sameFrom(a, i + 2, b, i + 2) ? 1 : 2;
}

/** Whether a from index i and b from index j are the same to their ends. */
function sameFrom(a: string, i: number, b: string, j: number): boolean {
  if (a.length - i !== b.length - j) return false;
  for (let k = 0; i + k < a.length; k += 1) {
    if (a.charCodeAt(i + k) !== b.charCodeAt(j + k)) return false;
  }
  return true;
}
