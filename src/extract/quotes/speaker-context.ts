import type { Span } from '../../model/extraction';
import type { AnalysedText, Token } from '../nlp';
import type { EntityMention, MentionIndex } from '../relations/mention-index';

/** What speaker rules read: the analysed text, its mentions and the quoted passages. */
export interface SpeakerContext {
  analysed: AnalysedText;
  mentions: MentionIndex;
  /** Spans of quoted words; mentions inside them never count as speakers or antecedents. */
  quoted: readonly Span[];
}

export interface Attribution {
  speaker: string;
  rule: string;
  confidence: number;
}

const SPEAKER_TYPES = new Set(['Person', 'Organization', 'Country']);
const PRONOUNS = new Set(['he', 'she']);
/** How many sentences back a pronoun may look for the person it stands for. */
const PRONOUN_REACH = 3;

export function isInsideQuote(ctx: SpeakerContext, offset: number): boolean {
  return ctx.quoted.some((q) => offset >= q.start && offset < q.end);
}

/** The speaker mention covering the token at `index`, if that token starts one. */
export function speakerMentionAt(ctx: SpeakerContext, index: number): EntityMention | undefined {
  const token = ctx.analysed.tokens[index];
  if (!token) return undefined;
  const m = ctx.mentions.startingAt(token.start);
  return m && SPEAKER_TYPES.has(m.type) ? m : undefined;
}

/** The speaker mention ending with the token at `index`. */
export function speakerMentionEndingAt(
  ctx: SpeakerContext,
  index: number,
): EntityMention | undefined {
  const token = ctx.analysed.tokens[index];
  if (!token) return undefined;
  const m = ctx.mentions.endingAt(token.end);
  return m && SPEAKER_TYPES.has(m.type) ? m : undefined;
}

export function isPronoun(token: Token | undefined): boolean {
  return token !== undefined && PRONOUNS.has(token.value.toLowerCase());
}

/**
 * "he"/"she" → the person named last before `offset`, outside quotes, within a few sentences.
 * Undefined when that sentence names two different people: we skip rather than guess.
 */
export function resolvePronoun(
  ctx: SpeakerContext,
  offset: number,
  sentence: number,
): string | undefined {
  let last: EntityMention | undefined;
  for (const m of ctx.mentions.all) {
    if (m.start >= offset) break;
    if (m.type === 'Person' && !isInsideQuote(ctx, m.start)) last = m;
  }
  if (!last || sentence - last.sentence > PRONOUN_REACH) return undefined;
  const rivals = ctx.mentions
    .inSentence(last.sentence)
    .filter((m) => m.type === 'Person' && m.entity !== last.entity && !isInsideQuote(ctx, m.start));
  return rivals.length === 0 ? last.entity : undefined;
}
