import { InvalidInputError } from '../../errors';

/** One token of a CoNLL-2003 file: the word and its IOB2 entity tag (POS and chunk are unused). */
export interface ConllToken {
  word: string;
  tag: string;
}

export interface ConllDocument {
  /** 0-based position of the document in its file. */
  index: number;
  sentences: ConllToken[][];
}

const DOCSTART = '-DOCSTART-';

/**
 * Parse CoNLL-2003 text (`token POS chunk NER` per line, blank line between sentences,
 * `-DOCSTART-` between documents) into documents of sentences. Tags are checked to be IOB2
 * because every later step (span extraction, training labels) relies on it.
 *
 * @example
 * readConll('-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n')
 * // → [{ index: 0, sentences: [[{ word: 'EU', tag: 'B-ORG' }, { word: 'rejects', tag: 'O' }]] }]
 */
export function readConll(text: string): ConllDocument[] {
  const documents: ConllDocument[] = [];
  let current: ConllDocument | undefined;
  let sentence: ConllToken[] = [];

  const closeSentence = (): void => {
    if (sentence.length === 0) return;
    if (!current) {
      current = { index: documents.length, sentences: [] };
      documents.push(current);
    }
    current.sentences.push(sentence);
    sentence = [];
  };

  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n += 1) {
    const line = (lines[n] as string).trim();
    if (line === '') {
      closeSentence();
      continue;
    }
    const columns = line.split(/\s+/);
    const word = columns[0] as string;
    if (word === DOCSTART) {
      closeSentence();
      current = { index: documents.length, sentences: [] };
      documents.push(current);
      continue;
    }
    const tag = columns[columns.length - 1] as string;
    if (columns.length < 2 || !/^(O|[BI]-(PER|LOC|ORG|MISC))$/.test(tag)) {
      throw new InvalidInputError(
        `CoNLL line ${n + 1}: expected "token … IOB2-tag", found "${line}"`,
      );
    }
    sentence.push({ word, tag });
  }
  closeSentence();
  return documents.filter((d) => d.sentences.length > 0);
}
