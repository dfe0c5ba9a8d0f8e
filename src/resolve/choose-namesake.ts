import {
  CHOSEN_AMONG_CANDIDATES_CERTAINTY,
  CHOSEN_BY_PRIOR_CERTAINTY,
  type ResolutionMethod,
} from './entity-resolution';
import { genderOfForms, type Gender } from './gender-evidence';
import { chooseByTitles } from './title-context';

/** What the choice reads of each candidate: a stored `EntityView` will do. */
export interface NamesakeCandidate {
  key: string;
  aliases: readonly string[];
  /** How many articles mention it: the prior for a bare name ("Blair" is usually Tony). */
  articleCount: number;
}

/** What the article says about the person behind the vague name. */
export interface NamesakeEvidence {
  /** The forms the article used, titles included ("Mrs Blair", "Chancellor Brown"). */
  forms: readonly string[];
  /** From honorifics and pronouns (see `genderInArticle`); null when the article is silent. */
  gender: Gender | null;
}

export interface NamesakeChoice {
  key: string;
  certainty: number;
  how: ResolutionMethod;
}

/**
 * How much more often the leading candidate must be named than the next one before the prior
 * alone decides: with Tony Blair in 157 articles and Cherie in 4, a bare "Blair" is Tony; with
 * Andy Robinson in 28 and Jason in 19 nothing is clear and the ambiguity is kept.
 */
export const PRIOR_DOMINANCE = 3;
/** A prior from fewer articles than this is noise, not evidence. */
export const PRIOR_MIN_ARTICLES = 3;

function byPrior(candidates: readonly NamesakeCandidate[]): string | null {
  const sorted = [...candidates].sort(
    (a, b) => b.articleCount - a.articleCount || (a.key < b.key ? -1 : 1),
  );
  const [first, second] = sorted;
  if (!first || first.articleCount < PRIOR_MIN_ARTICLES) return null;
  if (second && first.articleCount < PRIOR_DOMINANCE * second.articleCount) return null;
  return first.key;
}

/**
 * Which of several people a vague name ("Blair", "Mrs Blair", "Chancellor Brown") refers to,
 * using, in order, what the article says and then what the corpus says:
 * 1. gender: candidates whose stored honorifics contradict the article's are ruled out
 *    ("Mrs Blair" is not the Blair always called "Mr"); if that leaves one, it is chosen;
 * 2. office words the article shares with only one candidate's aliases (`chooseByTitles`);
 * 3. the prior: one candidate named in at least `PRIOR_DOMINANCE` times as many articles as any
 *    other, chosen at a lower certainty.
 * Null when nothing favours one: the caller then keeps its own key and records them all.
 */
export function chooseNamesake(
  evidence: NamesakeEvidence,
  candidates: readonly NamesakeCandidate[],
): NamesakeChoice | null {
  if (candidates.length === 0) return null;
  let remaining = candidates;
  if (evidence.gender !== null) {
    remaining = candidates.filter((c) => {
      const theirs = genderOfForms(c.aliases);
      return theirs === null || theirs === evidence.gender;
    });
    if (remaining.length === 0) return null;
    if (remaining.length === 1 && remaining.length < candidates.length) {
      const only = remaining[0] as NamesakeCandidate;
      return { key: only.key, certainty: CHOSEN_AMONG_CANDIDATES_CERTAINTY, how: 'context' };
    }
  }
  const byTitles = chooseByTitles(evidence.forms, remaining);
  if (byTitles !== null) {
    return { key: byTitles, certainty: CHOSEN_AMONG_CANDIDATES_CERTAINTY, how: 'context' };
  }
  const prior = byPrior(remaining);
  return prior === null ? null : { key: prior, certainty: CHOSEN_BY_PRIOR_CERTAINTY, how: 'prior' };
}
