import { normaliseByDecomposition, normaliseName } from '../../src/model/ids';

describe('normaliseName', () => {
  it.each([
    ['Xi Jinping', 'xi jinping'],
    ['PUTIN', 'putin'],
    ['G20', 'g20'],
    ['  Al   Jazeera ', 'al jazeera'],
    ['Al-Jazeera', 'al jazeera'],
    ["O'Neill", 'oneill'],
    ['Zelenskyy’s', 'zelenskyys'],
    ['Ángela Merkel', 'angela merkel'],
    ['São Paulo', 'sao paulo'],
    ['U.S.', 'u s'],
    ['ﬁnance', 'finance'],
    ['Kilroy-Silk', 'kilroy silk'],
    ['', ''],
    ['...', ''],
    ['Москва', 'москва'],
  ])('normalises %j to %j', (name, expected) => {
    expect(normaliseName(name)).toBe(expected);
  });

  it('gives plain ASCII names the same form as the full decomposition does', () => {
    const names = ['Manchester United', 'BBC', 'Tony Blair', 'a b c', 'X 2', 'Abc9 Def', 'iPod'];
    for (const name of names) expect(normaliseName(name)).toBe(normaliseByDecomposition(name));
  });
});
