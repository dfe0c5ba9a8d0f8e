import { InvalidInputError, NotFoundError } from '../../errors';
import type { EntityView } from '../graph-store';
import { loadEntityViews } from './entity-reads';
import { addAliases, rebuildEntityForms } from './entity-writes';
import type { SqliteContext } from './sqlite-context';

/**
 * Merges into `key` not yet undone learn of the alias, so that undoing them keeps it (and keeps
 * the entity curated) even when the merge had brought the same alias. Kept in the record's undo
 * data, which is what undoMerge reads.
 */
function noteOnStandingMerges(ctx: SqliteContext, key: string, alias: string): void {
  ctx
    .sql(
      `UPDATE merges SET undo = json_set(undo, '$.analystAliases',
         json_insert(coalesce(undo -> '$.analystAliases', '[]'), '$[#]', ?))
       WHERE into_key = ? AND undone_at IS NULL`,
    )
    .run(alias, key);
}

/** An analyst's alias: trimmed, searchable at once, and the entity becomes curated. */
export function addAlias(ctx: SqliteContext, key: string, alias: string): EntityView {
  const trimmed = alias.trim();
  if (trimmed === '') throw new InvalidInputError('addAlias: expected a non-empty alias');
  const updated = ctx.sql('UPDATE entities SET curated = 1 WHERE key = ?').run(key);
  if (updated.changes === 0) throw new NotFoundError(`Unknown entity ${key}`);
  addAliases(ctx, [[key, trimmed]]);
  rebuildEntityForms(ctx, [key]);
  noteOnStandingMerges(ctx, key, trimmed);
  const view = loadEntityViews(ctx, [key]).get(key);
  if (!view) throw new NotFoundError(`Unknown entity ${key}`);
  return view;
}
