import { chooseNamesake, type NamesakeCandidate } from './choose-namesake';
import type { EntityLookup } from './entity-lookup';
import type { EntityResolution } from './entity-resolution';
import { genderInArticle } from './gender-evidence';
import type { ResolvedInArticle } from './match-in-article';
import type { PreparedEntity } from './prepared-entity';

/**
 * A vague name the article itself made ambiguous ("Blair" in an article that names Tony and
 * Cherie Blair): each candidate is seen with what the store knows of it plus what this article
 * said about it (its forms, this article counted once), and `chooseNamesake` decides. Keeps
 * `ambiguous` (own key, all candidates) when nothing favours one.
 */
export async function chooseInArticle(
  entity: PreparedEntity,
  ambiguous: EntityResolution,
  earlier: readonly ResolvedInArticle[],
  lookup: EntityLookup,
): Promise<EntityResolution> {
  const keys = ambiguous.candidates;
  const views = await lookup.getEntities(keys);
  const candidates: NamesakeCandidate[] = keys.map((key, i) => {
    const view = views[i] ?? null;
    const forms = earlier
      .filter((other) => other.resolution.key === key)
      .flatMap((other) => [other.entity.name, ...other.entity.forms]);
    return {
      key,
      aliases: [...(view ? [view.name, ...view.aliases] : []), ...forms],
      articleCount: (view?.articleCount ?? 0) + 1,
    };
  });
  const gender = genderInArticle(entity.forms, entity.extracted.mentions);
  const chosen = chooseNamesake({ forms: entity.forms, gender }, candidates);
  if (chosen === null) return ambiguous;
  return {
    key: chosen.key,
    candidates: keys.filter((k) => k !== chosen.key),
    certainty: chosen.certainty,
    how: chosen.how,
  };
}
