/**
 * Where one extracted entity landed. `certainty` scales the confidence of its mentions, and of
 * the statements and quotes that depend on who it is; 1 means resolution added no doubt.
 */
export interface EntityResolution {
  key: string;
  /** Other keys the entity could be; non-empty only when resolution was ambiguous. */
  candidates: string[];
  certainty: number;
  how: ResolutionMethod;
}

export type ResolutionMethod =
  /** The gazetteer knew its Wikidata item. */
  | 'wikidata'
  /** A fuller name of the same person in the same article ("Putin" after "Vladimir Putin"). */
  | 'same-article'
  /** Exactly one stored entity answers to its name or aliases. */
  | 'stored'
  /** Several stored entities answer to it and the article's context singled one out. */
  | 'context'
  /** Several answer to it, nothing in the article decides, and one is far more often named. */
  | 'prior'
  /** Its tagger's type was a guess, and the store knows the name far better as another type. */
  | 'other-type'
  /** Its own canonical key: a new entity, one stored under that very key, or no safe choice. */
  | 'own-key';

/** Several candidates and nothing in the article to choose between them. */
export const AMBIGUOUS_CERTAINTY = 0.5;
/** A choice made among candidates (by a title in the article, or an exact-name entity). */
export const CHOSEN_AMONG_CANDIDATES_CERTAINTY = 0.75;
/** A choice made only because one candidate dominates the corpus (see `chooseNamesake`). */
export const CHOSEN_BY_PRIOR_CERTAINTY = 0.6;
/** A statistically typed entity moved onto a far better attested entity of another type. */
export const RETYPED_CERTAINTY = 0.75;
