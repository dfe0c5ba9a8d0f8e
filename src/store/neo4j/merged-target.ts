import { combineMentions, type MentionArrays } from './merge-undo-data';

type Props = Record<string, unknown>;

/** In each article, the target's mentions combined with the merged entities'. */
export function mentionsAfterMerge(
  before: readonly MentionArrays[],
  into: string,
): MentionArrays[] {
  const byArticle = new Map<string, MentionArrays[]>();
  for (const m of before) {
    let list = byArticle.get(m.articleId);
    if (!list) byArticle.set(m.articleId, (list = []));
    list.push(m);
  }
  return [...byArticle.values()].map((list) => combineMentions(into, list));
}

/** The target's aliases gain each merged entity's name and aliases (never its own name). */
export function namesAfterMerge(
  target: Props,
  merged: readonly Props[],
): { aliases: string[]; normalisedAliases: string[] } {
  const name = target.name as string;
  const aliases = new Set((target.aliases as string[] | null) ?? []);
  const forms = new Set((target.normalisedAliases as string[] | null) ?? []);
  for (const entity of merged) {
    for (const alias of [entity.name as string, ...((entity.aliases as string[] | null) ?? [])]) {
      const trimmed = alias.trim();
      if (trimmed !== '' && trimmed !== name) aliases.add(trimmed);
    }
    for (const form of [
      entity.normalisedName as string,
      ...((entity.normalisedAliases as string[] | null) ?? []),
    ]) {
      if (form !== '') forms.add(form);
    }
  }
  return { aliases: [...aliases].sort(), normalisedAliases: [...forms].sort() };
}
