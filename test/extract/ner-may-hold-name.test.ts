import { createAnalyser } from '../../src/extract/nlp';
import { mayHoldName } from '../../src/extract/ner/may-hold-name';

const analyse = createAnalyser();

function firstSentenceMayHoldName(text: string): boolean {
  const a = analyse(text);
  const s = a.sentences[0]!;
  const capital = (t: number) => {
    const v = a.tokens[t]!.value;
    return v !== v.toLowerCase();
  };
  return mayHoldName(a.tokens, capital, s.firstToken, s.endToken);
}

describe('which sentences the tagger skips as name-free', () => {
  it.each([
    'the talks went well and prices rose.',
    'The talks went well and prices rose.',
    'But it was not enough, they said.',
    '"When we arrived, I knew it was over," she said.',
    'Five of them were arrested on the spot.',
  ])('skips a sentence whose only capital opens it as a function word or is "I": %s', (text) => {
    expect(firstSentenceMayHoldName(text)).toBe(false);
  });

  it.each([
    'Talks with Putin went well.',
    'Blair said the talks went well.',
    'the anti-Nato protest grew.',
    'Prices rose at the BBC.',
    '"Merkel arrived late," she said.',
  ])('tags a sentence with a capital that could start a name: %s', (text) => {
    expect(firstSentenceMayHoldName(text)).toBe(true);
  });
});
