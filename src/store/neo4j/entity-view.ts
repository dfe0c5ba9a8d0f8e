import type { EntityType } from '../../model/entity-types';
import type { EntityView } from '../graph-store';

/** An Entity node's properties as the interface shows them; search helpers stay inside. */
export function toEntityView(props: Record<string, unknown>): EntityView {
  const view: EntityView = {
    key: props.key as string,
    type: props.type as EntityType,
    name: props.name as string,
    aliases: [...((props.aliases as string[] | null) ?? [])],
    mentionCount: (props.mentionCount as number | null) ?? 0,
    articleCount: (props.articleCount as number | null) ?? 0,
    curated: props.curated === true,
  };
  if (typeof props.wikidataId === 'string') view.wikidataId = props.wikidataId;
  if (typeof props.attributes === 'string') {
    view.attributes = JSON.parse(props.attributes) as Record<string, string>;
  }
  if (typeof props.firstSeen === 'string') view.firstSeen = props.firstSeen;
  if (typeof props.lastSeen === 'string') view.lastSeen = props.lastSeen;
  return view;
}

/** The normalised forms an entity is found by: its name's and every alias's. */
export function formsOf(props: Record<string, unknown>): string[] {
  return [props.normalisedName as string, ...((props.normalisedAliases as string[] | null) ?? [])];
}
