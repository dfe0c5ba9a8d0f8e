import type { EntitySpec } from '../relations-test-entities';
import { relationsWith } from '../relations-test-entities';

/**
 * The LOCATED_IN relations the rules find in `text` with `specs` as its only entities, as
 * `[subject, object, rule]`: what each LOCATED_IN rule test asks of the extractor.
 */
export function locatedInTriples(specs: readonly EntitySpec[]): (text: string) => string[][] {
  const relationsIn = relationsWith(specs);
  return (text) =>
    relationsIn(text)
      .filter((r) => r.type === 'LOCATED_IN')
      .map((r) => [r.subject, r.object, r.rule]);
}
