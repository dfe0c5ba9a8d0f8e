import type { Span } from '../../model/extraction';
import type { AnalysedText, Sentence, Token } from '../nlp';
import type { EntityMention, MentionIndex } from './mention-index';
import { firstTokenAtOrAfter, lastTokenEndingBy } from './token-lookup';

/** A mention with the token range it covers. */
export interface PlacedMention extends EntityMention {
  firstToken: number;
  /** Exclusive. */
  endToken: number;
}

/**
 * One sentence as relation rules see it: its tokens, and its outermost entity mentions in order
 * (a demonym inside "Chinese President Xi Jinping" is hidden behind the person it titles).
 */
export interface SentenceView {
  sentence: Sentence;
  tokens: readonly Token[];
  mentions: readonly PlacedMention[];
  /** Every mention, nested ones included, for rules that look inside titles. */
  allMentions: readonly PlacedMention[];
  /** Quoted passages of the article; claims inside them are reported speech. */
  quoted: readonly Span[];
}

export function sentenceViews(
  analysed: AnalysedText,
  index: MentionIndex,
  quoted: readonly Span[],
): SentenceView[] {
  return analysed.sentences.map((sentence) => {
    const all = index.inSentence(sentence.index).map((m) => place(analysed, m));
    const outer = all.filter(
      (m) =>
        !all.some(
          (o) =>
            o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start,
        ),
    );
    return {
      sentence,
      tokens: analysed.tokens,
      mentions: dedupeSameSpan(outer),
      allMentions: all,
      quoted,
    };
  });
}

/**
 * The mention with its token range. Written out field by field: with a spread of the mention
 * (which has `kind` or not) V8 took its generic copy, and both the copy and the rules reading
 * the copies were slow: extractRelations over BBC took twice as long (879 vs 413 ms CPU). The
 * fields keep the spread's order.
 */
function place(analysed: AnalysedText, m: EntityMention): PlacedMention {
  const firstToken = firstTokenAtOrAfter(analysed, m.start);
  const endToken = lastTokenEndingBy(analysed, m.end) + 1;
  const { entity, type, start, end, text, sentence, source, kind } = m;
  return kind === undefined
    ? { entity, type, start, end, text, sentence, source, firstToken, endToken }
    : { entity, type, start, end, text, sentence, source, kind, firstToken, endToken };
}

/** Two entities claiming the same span (an ambiguous mention): keep the first, rules need one. */
function dedupeSameSpan(mentions: PlacedMention[]): PlacedMention[] {
  return mentions.filter(
    (m, i) => i === 0 || m.start !== mentions[i - 1]?.start || m.end !== mentions[i - 1]?.end,
  );
}

/** The token's lemma for pattern matching, with possessive and quote variants folded. */
export function patternWord(token: Token): string {
  const v = token.value.toLowerCase();
  if (v === '’s' || v === "'s" || v === '’' || v === "'") return "'s";
  if (token.kind === 'punctuation') return v;
  return token.lemma.toLowerCase();
}

/**
 * The words between two token positions, with any mention inside shown as `<Type>`:
 * "hosted" → "host"; ", the most prominent guest at Moscow’s" → ", the most prominent guest at <Location> 's".
 */
export function betweenWords(view: SentenceView, from: number, to: number): string {
  // Built by concatenation with a plain search for the mention at each token: the rules ask
  // for these words ~100k times over BBC, and an array, a join and a closure per token showed.
  let words = '';
  let t = from;
  while (t < to) {
    const m = mentionStartingAt(view.mentions, t);
    if (t !== from) words += ' ';
    if (m && m.endToken <= to) {
      words += `<${m.type}>`;
      t = m.endToken;
      continue;
    }
    words += patternWord(view.tokens[t] as Token);
    t += 1;
  }
  return words;
}

/** The first of the mentions (in their order) that starts at token t. */
function mentionStartingAt(
  mentions: readonly PlacedMention[],
  t: number,
): PlacedMention | undefined {
  for (const m of mentions) if (m.firstToken === t) return m;
  return undefined;
}
