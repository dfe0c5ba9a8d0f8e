import { findGazetteerMatches, loadGazetteer } from '../../src/extract/gazetteer';
import { TokenTrie } from '../../src/extract/gazetteer/token-trie';

function trieOf(...names: string[][]): TokenTrie<string> {
  const trie = new TokenTrie<string>();
  for (const keys of names) trie.add(keys, keys.join(' '));
  return trie;
}

describe('TokenTrie', () => {
  it('finds the longest sequence at a position, whatever letter keys start with', () => {
    const trie = trieOf(['US'], ['U.N.'], ['new', 'york'], ['new', 'york', 'times']);
    const words = ['the', 'new', 'york', 'times', 'and', 'US', 'aid'];
    const at = (from: number) => trie.longestAt(from, words.length, (i) => words[i] as string);
    expect(at(1)).toEqual([4, ['new york times']]);
    expect(at(5)).toEqual([6, ['US']]);
    expect(at(0)).toBeUndefined();
    expect(at(6)).toBeUndefined();
    expect(trie.longestAt(7, words.length, (i) => words[i] as string)).toBeUndefined();
  });

  it('walks across positions holding several keys or none, and says where the match ends', () => {
    const trie = trieOf(['guinea', 'bissau'], ['guinea']);
    // "Guinea-Bissau" as one token, as three ("Guinea", "-", "Bissau"), and cut short.
    const units = [['guinea', 'bissau'], ['guinea'], [], ['bissau'], ['guinea', 'x']];
    const across = (from: number, limit: number) =>
      trie.longestAcross(from, limit, (i) => units[i] as string[]);
    expect(across(0, 1)).toEqual([1, true, ['guinea bissau']]);
    expect(across(1, 4)).toEqual([4, true, ['guinea bissau']]);
    expect(across(4, 5)).toEqual([5, false, ['guinea']]);
  });
});

describe('findGazetteerMatches', () => {
  it('matches names within a token and across tokens, and abbreviations as written', () => {
    const gazetteer = loadGazetteer();
    const names = (values: string[]) =>
      findGazetteerMatches(
        gazetteer,
        values.map((value) => ({ value })),
      ).map((m) => [m.firstToken, m.endToken, m.hits[0]?.entry.name]);
    expect(names(['in', 'Guinea-Bissau', 'today'])).toEqual([[1, 2, 'Guinea-Bissau']]);
    expect(names(['in', 'Bosnia', 'and', 'Herzegovina', '.'])).toEqual([
      [1, 4, 'Bosnia and Herzegovina'],
    ]);
    expect(names(['the', 'us', 'and', 'un'])).toEqual([]);
    expect(names(['the', 'US', 'and', 'the', 'UN'])).toEqual([
      [1, 2, 'United States'],
      [4, 5, 'United Nations'],
    ]);
  });
});
