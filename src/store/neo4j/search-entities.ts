import { normaliseName } from '../../model/ids';
import type { SearchHit, SearchOptions } from '../graph-store';
import { scoreForm } from '../fuzzy-score';
import { formsOf, toEntityView } from './entity-view';
import type { CypherTx } from './neo4j-context';
import { compareStrings } from './queries/adjacency';

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
  const rows = await tx.run('entity/search-candidates', {
    query: luceneQuery(normalised),
    limit: CANDIDATES,
    types: options.types && options.types.length > 0 ? [...options.types] : null,
    identityViews: options.viewFields === 'identity',
  });
  const scored = rows.flatMap((row) => {
    const props = row.entity as Record<string, unknown>;
    const score = Math.max(0, ...formsOf(props).map((form) => scoreForm(normalised, form)));
    if (score <= 0) return [];
    const key = props.key as string;
    return [{ props, score, key, mentions: (props.mentionCount as number | null) ?? 0 }];
  });
  scored.sort(
    (a, b) => b.score - a.score || b.mentions - a.mentions || compareStrings(a.key, b.key),
  );
  // Views only for the page asked (candidates run to hundreds, pages to tens).
  return scored
    .slice(options.offset, options.offset + options.limit)
    .map(({ props, score }) => ({ entity: toEntityView(props), score }));
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
