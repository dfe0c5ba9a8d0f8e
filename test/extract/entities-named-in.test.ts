import { namedIn } from '../../src/extract/entities/heading-spans';

describe('namedIn', () => {
  it('finds a name written as whole words, not inside a longer word', () => {
    expect(namedIn('The Lions won.', 'Lions')).toBe(true);
    expect(namedIn('Dandelions grew.', 'Lions')).toBe(false);
    expect(namedIn('Dandelions grew, then the Lions won.', 'Lions')).toBe(true);
    expect(namedIn('Lions2 and 2Lions', 'Lions')).toBe(false);
  });

  it('counts letters beyond ASCII, astral ones included, as part of a word', () => {
    expect(namedIn('Lionsé', 'Lions')).toBe(false);
    expect(namedIn('٣Lions', 'Lions')).toBe(false);
    expect(namedIn('\u{1D400}Lions', 'Lions')).toBe(false);
    expect(namedIn('Lions\u{1D400}', 'Lions')).toBe(false);
    expect(namedIn('😀Lions😀', 'Lions')).toBe(true);
  });

  it('matches a name with punctuation literally', () => {
    expect(namedIn('St. Helens won.', 'St. Helens')).toBe(true);
    expect(namedIn('StX Helens won.', 'St. Helens')).toBe(false);
    expect(namedIn('(A) and B', '(A)')).toBe(true);
  });
});
