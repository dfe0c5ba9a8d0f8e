import type { ConllDocument } from './read-conll';

/** A CoNLL document turned back into text, with every CoNLL token's character span. */
export interface RebuiltDocument {
  text: string;
  /** Per CoNLL token (document order): [start, end) into `text`. */
  starts: Int32Array;
  ends: Int32Array;
  /** Per CoNLL token: its IOB2 tag. */
  tags: string[];
  words: string[];
}

/**
 * Rebuild a document's text the way the issue prescribes: tokens joined by spaces, sentences by
 * newlines. The product then analyses this text like any article, so evaluation and training see
 * the same tokenisation as run time.
 */
export function rebuildDocument(document: ConllDocument): RebuiltDocument {
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const tags: string[] = [];
  const words: string[] = [];
  let offset = 0;
  document.sentences.forEach((sentence, s) => {
    if (s > 0) {
      parts.push('\n');
      offset += 1;
    }
    sentence.forEach((token, t) => {
      if (t > 0) {
        parts.push(' ');
        offset += 1;
      }
      starts.push(offset);
      parts.push(token.word);
      offset += token.word.length;
      ends.push(offset);
      tags.push(token.tag);
      words.push(token.word);
    });
  });
  return {
    text: parts.join(''),
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
    tags,
    words,
  };
}
