import type { EntityType, RelationType } from '../../model/entity-types';

/**
 * A relation stated by the words between two mentions of one sentence. `between` is matched
 * against lemmas joined by spaces, possessives as `'s`, and any mention in between as `<Type>`
 * (see `betweenWords`). `reverse` means the second mention is the subject ("Al Jazeera's
 * Yulia Shapovalova": she WORKS_FOR it).
 */
export interface PairPattern {
  type: RelationType;
  rule: string;
  first: readonly EntityType[];
  second: readonly EntityType[];
  between: RegExp;
  confidence: number;
  reverse?: boolean;
  /** Lemmas the pattern itself uses that would otherwise read as modality cues. */
  ownWords?: readonly string[];
  /**
   * Whether the second mention may stand for itself through its government or its own bid:
   * "accused Mr Blair's government", "backed Russian entry" (see `standsFor`).
   */
  objectThroughGovernment?: boolean;
  /** Whether the second mention may be adjectival ("alleges Chinese nationals …"). */
  secondMayModify?: boolean;
  /** Only when the two mentions are the whole sentence: "Yulia Shapovalova, Al Jazeera." */
  wholeSentence?: boolean;
  /** At least one side must be a person (organisations "meeting" are mostly sports fixtures). */
  needsPerson?: boolean;
  /**
   * Words that must come right before the first mention (lemmas, as `between`, anchored at its
   * end): "the head of Acme, Jane Roe" — the title before the organisation names the person after.
   */
  before?: RegExp;
  /** The second mention owns the role read after it: "X is the AP's regional reporter". */
  secondOwnsRole?: boolean;
  /**
   * The first mention must not follow a possessive: in "Celtic's Henri Camara and Nacho Novo of
   * Rangers" only Novo is of Rangers.
   */
  notAfterPossessive?: boolean;
  /** The second mention's text must match ("at the Institute of Zoology": a place of work). */
  secondTextIs?: RegExp;
  /** The first mention's text must not match ("UK Chancellor" is the finance minister). */
  firstTextNot?: RegExp;
  /** The person must be written as a name ("Yulia Shapovalova", "Mr Raha"), not a lone word. */
  personLooksNamed?: boolean;
  /**
   * Words that must follow the second mention (lemmas, as `between`): "Michael Lamberty, a
   * Lufthansa spokesman" — the title that says how the two relate comes after the organisation.
   */
  after?: RegExp;
  /**
   * With a political party it states membership, not employment ("Labour's Yvette Cooper",
   * "Tory deputy leader X"); its spokesmen still speak for it.
   */
  partyMember?: boolean;
  /**
   * A person joining a firm is hired by it (WORKS_FOR); joining a party, committee or union, or
   * a country joining anything, is membership (the pattern's type).
   */
  personJoinsEmployer?: boolean;
  /** Sports reports use the verb for play ("Drogba headed Chelsea's equaliser"): not there. */
  notInSports?: boolean;
}
