import { InvalidArticleError } from '../errors';
import type { EntityResolution } from './entity-resolution';

/** How the builders turn extraction-local entity ids into resolutions and global keys. */
export interface EntityReferences {
  /**
   * What a local id resolved to. An id the extraction never defined is a broken extraction and
   * fails the article; an entity that names nobody (a lone title) gives null, and whatever
   * referred to it is left out.
   */
  resolve(localId: string, where: string): EntityResolution | null;
  /**
   * An extraction's candidate as a global key: its resolution when it is a local id (null when
   * that entity named nobody), else the key as given (a `wd:` key the gazetteer offered).
   */
  candidateKey(candidate: string): string | null;
}

export function entityReferences(
  articleId: string,
  byLocalId: ReadonlyMap<string, EntityResolution | null>,
): EntityReferences {
  return {
    resolve(localId, where) {
      const resolution = byLocalId.get(localId);
      if (resolution === undefined) {
        throw new InvalidArticleError(articleId, `${where} refers to unknown entity ${localId}`);
      }
      return resolution;
    },
    candidateKey(candidate) {
      if (!byLocalId.has(candidate)) return candidate;
      return byLocalId.get(candidate)?.key ?? null;
    },
  };
}

/** Confidence scaled by resolution certainty, rounded so sums and comparisons stay stable. */
export function scaledConfidence(confidence: number, certainty: number): number {
  return Math.round(confidence * certainty * 1e6) / 1e6;
}

/** Plain code-unit order: the same everywhere, unlike `localeCompare`. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
