import { initialsOf, isAcronym, spellsAcronym } from '../../src/resolve/acronyms';

describe('acronyms', () => {
  it('spells a name by the first letters of its words, skipping "of", "and", "the"', () => {
    expect(initialsOf('London Stock Exchange')).toBe('LSE');
    expect(initialsOf('Securities and Exchange Commission')).toBe('SEC');
    expect(initialsOf('Confederation of British Industry')).toBe('CBI');
    expect(initialsOf('Trades Union Congress')).toBe('TUC');
  });

  it('keeps a word written in capitals whole, and spells nothing for one word', () => {
    expect(initialsOf('UK Independence Party')).toBe('UKIP');
    expect(initialsOf('Microsoft')).toBeNull();
  });

  it('tells an acronym from a name: capitals only, at least two', () => {
    expect(isAcronym('LSE')).toBe(true);
    expect(isAcronym('BT')).toBe(true);
    expect(isAcronym('Nato')).toBe(false);
    expect(isAcronym('London')).toBe(false);
    expect(spellsAcronym('LSE', 'London Stock Exchange')).toBe(true);
    expect(spellsAcronym('LSE', 'London Stock Market')).toBe(false);
  });
});
