import type { EntityType } from '../../model/entity-types';
import type { GazetteerEntry } from '../gazetteer';

/**
 * A mention before entities are assembled: a token span, what it names (a gazetteer entry or
 * a type and name found by a pattern) and how it was found.
 */
export interface RawMention {
  firstToken: number;
  endToken: number;
  type: EntityType;
  /** Canonical name; for gazetteer hits the entry's name. */
  name: string;
  entry?: GazetteerEntry;
  source: string;
  confidence: number;
  /** Keys of other things the span could name (Moscow the city vs Russia the actor). */
  candidates?: string[];
  /** Facts for the entity: title, titleOf, affiliation, kind, country … */
  attributes?: Record<string, string>;
  /** A mention that may sit inside another (the "Ukraine" in "Ukraine's foreign ministry"). */
  nested?: boolean;
}
