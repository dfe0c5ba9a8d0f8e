import { createAnalyser } from '../../src/extract/nlp';
import { LABELS } from '../../src/extract/ner/labels';
import { alignConllLabels } from '../../src/extract/ner/training/align-conll-labels';
import { readConll } from '../../src/eval/conll/read-conll';
import { rebuildDocument } from '../../src/eval/conll/rebuild-document';
import { conllMentionFromOffsets } from '../../src/eval/conll/conll-mentions';

const analyse = createAnalyser();

// "Hoechst-Celanese" is one CoNLL token but three wink tokens.
const DOC = rebuildDocument(
  readConll(
    [
      'Hoechst-Celanese NNP B-NP B-ORG',
      'hired VBD B-VP O',
      'Jan NNP B-NP B-PER',
      'Ek NNP I-NP I-PER',
    ].join('\n'),
  )[0]!,
);

describe('alignConllLabels', () => {
  it('labels wink tokens that split a CoNLL token as continuing its entity', () => {
    const analysed = analyse(DOC.text);
    const labels = Array.from(alignConllLabels(analysed, DOC), (l) => LABELS[l]);
    expect(analysed.tokens.map((t) => t.value)).toEqual([
      'Hoechst',
      '-',
      'Celanese',
      'hired',
      'Jan',
      'Ek',
    ]);
    expect(labels).toEqual(['B-ORG', 'I-ORG', 'I-ORG', 'O', 'B-PER', 'I-PER']);
  });
});

describe('conllMentionFromOffsets', () => {
  it('snaps a prediction covering part of a CoNLL token to the whole token', () => {
    expect(conllMentionFromOffsets(DOC, 'ORG', 0, 'Hoechst'.length)).toEqual({
      type: 'ORG',
      start: 0,
      end: 1,
    });
    const jan = DOC.text.indexOf('Jan');
    expect(conllMentionFromOffsets(DOC, 'PER', jan, jan + 'Jan Ek'.length)).toEqual({
      type: 'PER',
      start: 2,
      end: 4,
    });
  });
});
