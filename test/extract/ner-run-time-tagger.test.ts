import { createAnalyser } from '../../src/extract/nlp';
import { createNerTagger, loadBundledNerModel } from '../../src/extract/ner';
import { defaultGazetteerNames } from '../../src/extract/ner/default-gazetteer';
import { createGazetteerMatcher } from '../../src/extract/ner/gazetteer-matcher';
import { RoleScoreCache } from '../../src/extract/ner/role-score-cache';
import { tagSentences } from '../../src/extract/ner/tag-sentences';
import { wordFeatures } from '../../src/extract/ner/single-token-features';
import { extractFeatures } from '../../src/extract/ner/token-features';
import { constrainTransitions } from '../../src/extract/ner/viterbi';

const analyse = createAnalyser();
const model = loadBundledNerModel();
const gazetteer = createGazetteerMatcher(defaultGazetteerNames());
const transitions = constrainTransitions(model.transitions);

/**
 * Tagging in stages: single-token features scored per word (RoleScoreCache), the other features
 * collected into rows for the whole document, then tagSentences.
 */
function tagInStages(text: string) {
  const a = analyse(text);
  const cache = new RoleScoreCache(model, model.hashBits);
  const words = a.tokens.map((t) => wordFeatures(t.value));
  const rows = extractFeatures(a, {
    hashBits: model.hashBits,
    gazetteer,
    words,
    perTokenOnly: true,
  });
  return tagSentences(a, rows, model, transitions, (first, end) =>
    cache.sentenceScores(a.tokens, first, end),
  );
}

describe('the run-time tagger', () => {
  const texts = [
    'Angela Merkel met officials of Siemens in Berlin on Monday.\n' +
      'Siemens said the talks in Berlin went well. MERKEL WINS VOTE',
    'Chinese President Xi Jinping arrived in Moscow on Wednesday for talks with Vladimir Putin, ' +
      'the Kremlin said. The visit comes ahead of Victory Day celebrations on May 9.',
    'BRITISH AIRWAYS CUTS FARES\n\nBA said on Tuesday it would cut fares to New York. ' +
      'Shares in the airline, which flies to 150 destinations, rose 3% in London.',
    // Name-free sentences, which the run-time tagger skips, between named ones.
    'It was a long day for the union. The talks went nowhere, and prices rose again. ' +
      'Then Angela Merkel spoke. "I think we can do better," she said.',
  ];

  it.each(texts.map((t) => [t.slice(0, 30), t]))(
    'finds the spans and confidences, to the last bit, that tagging in stages finds (%s…)',
    (_, text) => {
      const tag = createNerTagger(model, { gazetteer });
      expect(tag(analyse(text))).toEqual(tagInStages(text));
    },
  );

  it('gives the same spans for a document whatever it tagged before (buffers are reused)', () => {
    const tag = createNerTagger(model, { gazetteer });
    const long = analyse(texts.join('\n\n').repeat(3));
    const short = analyse(texts[0]!);
    const first = tag(short);
    tag(long);
    expect(tag(short)).toEqual(first);
    expect(first.length).toBeGreaterThan(2);
  });
});
