import { wordCount } from '../../src/extract/clean/boilerplate-lines';

describe('wordCount', () => {
  it('counts the words of a line, whatever ASCII white space is between them', () => {
    expect(wordCount('  Share this\tarticle  on\nTwitter ')).toBe(5);
    expect(wordCount('')).toBe(0);
  });

  it('stops one word past a limit, which is all a question of shortness needs', () => {
    const paragraph = 'one two three four five six seven eight nine ten eleven twelve';
    expect(wordCount(paragraph, 3)).toBe(4);
    expect(wordCount(paragraph, 20)).toBe(12);
    expect(wordCount('one two', 2)).toBe(2);
  });
});
