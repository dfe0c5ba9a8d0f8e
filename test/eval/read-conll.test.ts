import { readConll } from '../../src/eval/conll/read-conll';
import { rebuildDocument } from '../../src/eval/conll/rebuild-document';
import { goldConllMentions } from '../../src/eval/conll/conll-mentions';

// Written for this test in the CoNLL-2003 layout; not taken from the dataset.
const SAMPLE = [
  '-DOCSTART- -X- -X- O',
  '',
  'Angela NNP B-NP B-PER',
  'Merkel NNP I-NP I-PER',
  'visited VBD B-VP O',
  'New NNP B-NP B-LOC',
  'York NNP I-NP I-LOC',
  '. . O O',
  '',
  'Siemens NNP B-NP B-ORG',
  'agreed VBD B-VP O',
  '. . O O',
  '',
  '-DOCSTART- -X- -X- O',
  '',
  'German JJ B-NP B-MISC',
  'Chancellor NNP I-NP O',
  'Scholz NNP I-NP B-PER',
].join('\n');

describe('readConll', () => {
  it('splits documents at -DOCSTART- and sentences at blank lines', () => {
    const docs = readConll(SAMPLE);
    expect(docs.map((d) => d.sentences.map((s) => s.length))).toEqual([[6, 3], [3]]);
    expect(docs[1]?.index).toBe(1);
  });

  it('keeps each token with its IOB2 entity tag (the last column)', () => {
    const [first] = readConll(SAMPLE);
    expect(first?.sentences[0]?.slice(0, 2)).toEqual([
      { word: 'Angela', tag: 'B-PER' },
      { word: 'Merkel', tag: 'I-PER' },
    ]);
  });

  it('rejects a line whose tag is not IOB2, naming the line', () => {
    expect(() => readConll('-DOCSTART- -X- -X- O\n\nParis NNP B-NP CITY')).toThrow(/line 3/);
  });
});

describe('rebuildDocument', () => {
  it('joins tokens with spaces and sentences with newlines, recording each token span', () => {
    const doc = rebuildDocument(readConll(SAMPLE)[0]!);
    expect(doc.text).toBe('Angela Merkel visited New York .\nSiemens agreed .');
    expect(doc.text.slice(doc.starts[7], doc.ends[7])).toBe('agreed');
  });
});

describe('goldConllMentions', () => {
  it('reads typed mentions off the IOB2 tags, in CoNLL token indices', () => {
    const docs = readConll(SAMPLE).map(rebuildDocument);
    expect(goldConllMentions(docs[0]!)).toEqual([
      { type: 'PER', start: 0, end: 2 },
      { type: 'LOC', start: 3, end: 5 },
      { type: 'ORG', start: 6, end: 7 },
    ]);
    expect(goldConllMentions(docs[1]!)).toEqual([
      { type: 'MISC', start: 0, end: 1 },
      { type: 'PER', start: 2, end: 3 },
    ]);
  });
});
