import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { createLemmaReader } from '../../src/extract/wink-lemma-reader';

const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

describe('createLemmaReader', () => {
  it("reads each token's lemma as wink's own API does, line breaks and contractions included", () => {
    const doc = nlp.readDoc(
      "Putin met Xi.\n\nThey didn't say where the talks went; he's hosted two summits.",
    );
    // The typings declare its.lemma with a narrower signature than out() accepts at run time.
    const expected = doc.tokens().out(its.lemma as never) as string[];
    const lemmaAt = createLemmaReader(nlp, doc);
    // Read out of order: the reader holds no state per sentence.
    const read = expected
      .map((_, i) => i)
      .reverse()
      .map(lemmaAt)
      .reverse();
    expect(read).toEqual(expected);
    expect(expected).toEqual(expect.arrayContaining(['meet', 'go', 'host', 'summit', 'do']));
  });

  it("puts wink's own value helper back once it has the document's data", () => {
    const value = its.value;
    const doc = nlp.readDoc('The talks went well.');
    expect(createLemmaReader(nlp, doc)(2)).toBe('go');
    expect(its.value).toBe(value);
  });
});
