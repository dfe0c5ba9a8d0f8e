import type { EntityType } from '../../model/entity-types';
import type { ExtractedEntity } from '../../model/extraction';

/** One mention with its entity, flattened so rules can walk a sentence's mentions in order. */
export interface EntityMention {
  entity: string;
  type: EntityType;
  start: number;
  end: number;
  text: string;
  sentence: number;
  /** How the recogniser found it ('gazetteer', 'gazetteer:demonym', 'coref:title', …). */
  source: string;
  /** The entity's `kind` attribute ("city", "landmark", "news organisation"), when known. */
  kind?: string;
}

/**
 * The mentions of an article sorted by position, with lookups by sentence and by character
 * offset. Overlapping mentions (a demonym inside a title) are kept; rules choose.
 */
export class MentionIndex {
  readonly all: readonly EntityMention[];
  readonly types: ReadonlyMap<string, EntityType>;
  private readonly bySentence = new Map<number, EntityMention[]>();

  constructor(entities: readonly ExtractedEntity[]) {
    const all: EntityMention[] = [];
    const types = new Map<string, EntityType>();
    for (const e of entities) {
      types.set(e.id, e.type);
      const kind = e.attributes?.['kind'];
      for (const m of e.mentions) {
        all.push({
          entity: e.id,
          type: e.type,
          start: m.start,
          end: m.end,
          text: m.text,
          sentence: m.sentence,
          source: m.source,
          ...(kind !== undefined ? { kind } : {}),
        });
      }
    }
    all.sort((a, b) => a.start - b.start || b.end - a.end);
    for (const m of all) {
      let list = this.bySentence.get(m.sentence);
      if (!list) this.bySentence.set(m.sentence, (list = []));
      list.push(m);
    }
    this.all = all;
    this.types = types;
  }

  inSentence(sentence: number): readonly EntityMention[] {
    return this.bySentence.get(sentence) ?? [];
  }

  /** The longest mention that ends exactly at `end`. */
  endingAt(end: number): EntityMention | undefined {
    let best: EntityMention | undefined;
    for (const m of this.all) {
      if (m.start >= end) break;
      if (m.end === end && (!best || m.start < best.start)) best = m;
    }
    return best;
  }

  /** The longest mention that starts exactly at `start`. */
  startingAt(start: number): EntityMention | undefined {
    let best: EntityMention | undefined;
    for (const m of this.all) {
      if (m.start > start) break;
      if (m.start === start && (!best || m.end > best.end)) best = m;
    }
    return best;
  }

  /** Mentions lying wholly inside [start, end). */
  within(start: number, end: number): EntityMention[] {
    return this.all.filter((m) => m.start >= start && m.end <= end);
  }
}
