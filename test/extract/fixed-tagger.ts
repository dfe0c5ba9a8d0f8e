import type { NerSpan, NerTagger } from '../../src/extract/entities';
import type { AnalysedText } from '../../src/extract/nlp';

/**
 * A tagger that reads fixed spans, given by their surface text (the first occurrence, or the
 * `occurrence`-th), off any analysed text: tests of what the recogniser does with the tagger's
 * output must not move when the shipped model is retrained.
 */
export function taggerOf(spans: [NerSpan['type'], string, number?, number?][]): NerTagger {
  return (a: AnalysedText) =>
    spans.map(([type, surface, confidence = 0.95, occurrence = 1]) => {
      let start = -1;
      for (let n = 0; n < occurrence; n += 1) start = a.text.indexOf(surface, start + 1);
      const firstToken = a.tokens.findIndex((t) => t.start === start);
      const endToken = a.tokens.findIndex((t) => t.end === start + surface.length) + 1;
      if (start < 0 || firstToken < 0 || endToken <= 0) throw new Error(`no span ${surface}`);
      return { type, firstToken, endToken, confidence };
    });
}
