import { InvalidArticleError } from '../../src/errors';
import { createDefaultExtractor } from '../../src/extract';

describe('createExtractor (default dependencies)', () => {
  const extract = createDefaultExtractor();
  const article = {
    text: 'Tony Blair met Jacques Chirac in Paris on Monday.\n\n"We agree on the way ahead for Europe," Blair said.',
    publishedAt: '2005-03-02',
  };

  it('is deterministic: the same input gives the same result', () => {
    expect(JSON.stringify(extract(article))).toBe(JSON.stringify(extract(article)));
  });

  it('takes the id from the input, else the url, else a content hash', () => {
    expect(extract({ ...article, id: 'bbc/1' }).id).toBe('bbc/1');
    expect(extract({ ...article, url: 'https://example.org/a' }).id).toBe('https://example.org/a');
    const hashed = extract(article).id;
    expect(hashed).toMatch(/^sha256:[0-9a-f]{32}$/);
    expect(extract({ ...article, text: `${article.text} More.` }).id).not.toBe(hashed);
  });

  it('resolves relative dates against publishedAt and dates relations with them', () => {
    const r = extract(article);
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['Monday', '2005-02-28']]);
    expect(r.relations.find((x) => x.type === 'MET_WITH')?.date?.value).toBe('2005-02-28');
    expect(r.quotes.map((q) => q.speaker)).toEqual([
      r.entities.find((e) => e.name === 'Tony Blair')?.id,
    ]);
  });

  it('computes co-occurrence from mentions, apart from typed relations', () => {
    const r = extract(article);
    for (const c of r.cooccurrences) expect(c.a < c.b).toBe(true);
    expect(r.cooccurrences.length).toBeGreaterThan(0);
  });

  it('refuses an article with nothing left after cleaning, naming the item', () => {
    expect(() =>
      extract({ text: 'Related Stories\n\nNo stories found.', origin: 'feed.ndjson:7' }),
    ).toThrow(InvalidArticleError);
    expect(() => extract({ text: ' \n ', origin: 'feed.ndjson:8' })).toThrow(/feed\.ndjson:8/);
  });
});
