import { normaliseName } from '../../model/ids';
import type { SearchHit, SearchOptions } from '../graph-store';
import { loadEntityViews } from './entity-reads';
import { formScorer } from '../fuzzy-score';
import type { SqliteContext } from './sqlite-context';

/** Enough candidates from each index that a typo's target is among them. */
const CANDIDATES_PER_INDEX = 200;

/**
 * Candidates come from three places (exact form, word-prefix full text, trigram overlap for
 * typos); each is then scored in JS against all its forms and ranked: exact first, then score,
 * then mentionCount, then key.
 */
export function searchEntities(
  ctx: SqliteContext,
  query: string,
  options: SearchOptions,
): SearchHit[] {
  const normalised = normaliseName(query);
  if (normalised === '' || options.limit <= 0) return [];
  const candidates = candidateKeys(ctx, normalised);
  if (candidates.size === 0) return [];

  const rows = ctx
    .sql(
      `SELECT f.entity_key AS key, f.form, e.mention_count AS mentionCount
       FROM entity_forms f JOIN entities e ON e.key = f.entity_key
       WHERE f.entity_key IN (SELECT value FROM json_each(@p1))
         AND (@p2 IS NULL OR e.type IN (SELECT value FROM json_each(@p2)))`,
    )
    .all({
      p1: JSON.stringify([...candidates]),
      p2: options.types && options.types.length > 0 ? JSON.stringify(options.types) : null,
    }) as { key: string; form: string; mentionCount: number }[];

  const scoreForm = formScorer(normalised);
  const scored = new Map<string, { score: number; mentionCount: number }>();
  for (const row of rows) {
    const score = scoreForm(row.form);
    const current = scored.get(row.key);
    if (score > 0 && (!current || score > current.score)) {
      scored.set(row.key, { score, mentionCount: row.mentionCount });
    }
  }
  const ranked = [...scored.entries()]
    .sort(
      ([ka, a], [kb, b]) =>
        b.score - a.score || b.mentionCount - a.mentionCount || (ka < kb ? -1 : ka > kb ? 1 : 0),
    )
    .slice(options.offset, options.offset + options.limit);
  const views = loadEntityViews(
    ctx,
    ranked.map(([key]) => key),
  );
  return ranked.flatMap(([key, { score }]) => {
    const entity = views.get(key);
    return entity ? [{ entity, score }] : [];
  });
}

function candidateKeys(ctx: SqliteContext, normalised: string): Set<string> {
  const words = normalised.split(' ');
  const keys = new Set<string>(
    ctx
      .sql('SELECT entity_key FROM entity_forms WHERE form = ?')
      .pluck()
      .all(normalised) as string[],
  );
  // Words are letters and digits only (normaliseName), so quoting them is safe FTS5 syntax.
  const prefixQuery = words.map((w) => `"${w}"*`).join(' ');
  collect(keys, ctx, 'entity_forms_fts', prefixQuery);
  const trigrams = [...new Set(words.flatMap(trigramsOf))];
  if (trigrams.length > 0) {
    collect(keys, ctx, 'entity_forms_trigram', trigrams.map((t) => `"${t}"`).join(' OR '));
  }
  return keys;
}

function collect(keys: Set<string>, ctx: SqliteContext, table: string, match: string): void {
  const found = ctx
    .sql(
      `SELECT f.entity_key FROM ${table} t JOIN entity_forms f ON f.id = t.rowid
       WHERE ${table} MATCH ? ORDER BY t.rank LIMIT ${CANDIDATES_PER_INDEX}`,
    )
    .pluck()
    .all(match) as string[];
  for (const key of found) keys.add(key);
}

function trigramsOf(word: string): string[] {
  const grams: string[] = [];
  for (let i = 0; i + 3 <= word.length; i += 1) grams.push(word.slice(i, i + 3));
  return grams;
}
