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

export const SPEAKER_TYPES: ReadonlySet<string> = new Set(['Person', 'Organization', 'Country']);
const PRONOUNS = new Set(['he', 'she']);

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
