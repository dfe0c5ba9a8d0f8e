import { normaliseName } from '../../model/ids';
import type { SearchHit, SearchOptions } from '../graph-store';
import { formScorer } from '../fuzzy-score';
import type { CypherTx } from './neo4j-context';
import { compareStrings } from './queries/adjacency';
import { toEntityViewFromList } from './row-views';

/** Enough Lucene candidates that a typo's target is among them. */
const CANDIDATES = 200;

/**
 * Lucene finds candidates (each word exactly, as a prefix, or within one or two edits); each is
 * then scored with the same form scorer the SQLite store uses, so both rank alike: exact name or
 * alias first, then score, then mentionCount, then key.
 */
export async function searchEntities(
  tx: CypherTx,
  query: string,
  options: SearchOptions,
): Promise<SearchHit[]> {
  const normalised = normaliseName(query);
  if (normalised === '' || options.limit <= 0) return [];
  const [row] = await tx.run('entity/search-candidates', {
    query: luceneQuery(normalised),
    limit: CANDIDATES,
    types: options.types && options.types.length > 0 ? [...options.types] : null,
    identityViews: options.viewFields === 'identity',
  });
  const scoreForm = formScorer(normalised);
  const scored = ((row?.candidates ?? []) as unknown[][]).flatMap((candidate) => {
    const score = bestFormScore(scoreForm, candidate);
    if (score <= 0) return [];
    // The view follows the two forms (see cypher/entity/search-candidates.cypher).
    const view = candidate.slice(FORMS);
    const key = view[0] as string;
    return [{ view, score, key, mentions: (view[4] as number | null) ?? 0 }];
  });
  scored.sort(
    (a, b) => b.score - a.score || b.mentions - a.mentions || compareStrings(a.key, b.key),
  );
  // Views only for the page asked (candidates run to hundreds, pages to tens).
  return scored
    .slice(options.offset, options.offset + options.limit)
    .map(({ view, score }) => ({ entity: toEntityViewFromList(view), score }));
}

/** A candidate starts with its normalised name and its list of normalised aliases. */
const FORMS = 2;

/** The best score of the query against the candidate's name or any alias (0: no match). */
function bestFormScore(scoreForm: (form: string) => number, candidate: readonly unknown[]): number {
  let best = Math.max(0, scoreForm(candidate[0] as string));
  for (const alias of (candidate[1] as string[] | null) ?? []) {
    best = Math.max(best, scoreForm(alias));
  }
  return best;
}

/**
 * Words are letters and digits only (normaliseName), so they need no escaping; lower-case
 * "and"/"or" are plain terms to Lucene. Edits allowed grow with the word, as in the scorer.
 */
function luceneQuery(normalised: string): string {
  return normalised
    .split(' ')
    .map((word) => {
      const edits = word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
      const fuzzy = edits > 0 ? ` ${word}~${edits}` : '';
      return `(${word} ${word}*${fuzzy})`;
    })
    .join(' ');
}
