import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanArticle } from '../../src/extract/clean';

/** The repo's copy of ../shared/corpus/seed-xi-moscow-victory-day.txt. */
const SEED = join(__dirname, '../../samples/seed-xi-moscow-victory-day.txt');

describe('cleanArticle on the seed article', () => {
  const cleaned = cleanArticle({ text: readFileSync(SEED, 'utf8') });

  it('detects the headline as the title and keeps the standfirst in the text', () => {
    expect(cleaned.title).toBe(
      'Xi Jinping Backs Russia Against Western ‘Bullying’ at Moscow WWII Event',
    );
    expect(cleaned.text.startsWith('Chinese leader’s visit underscores deepening ties')).toBe(true);
  });

  it.each([
    'guides Chinese leader Xi Jinping during their meeting',
    'Photo by',
    'Related Stories',
    'No stories found',
    'Inter Bellum',
    'interbellumnews',
    'Xi Jinping’s Continues Southeast Asia Tour',
    'Putin Expresses Hope to Avoid Nuclear Option',
    'Xi Jinping Arrives in Moscow',
  ])('removes %p', (fragment) => {
    expect(cleaned.text).not.toContain(fragment);
  });

  it('keeps the body, the quote attribution lines and paragraph breaks', () => {
    expect(cleaned.text).toContain('\n\nChinese President Xi Jinping.\n\n');
    expect(cleaned.text).toContain('Yulia Shapovalova, Al Jazeera.');
    expect(cleaned.text.endsWith('amid a complex global landscape.')).toBe(true);
    expect(cleaned.text).not.toMatch(/\n{3,}|[ \t]{2,}/);
  });

  it('says what it removed and why', () => {
    const kinds = new Set(cleaned.removed.map((r) => r.kind));
    expect([...kinds].sort()).toEqual([
      'caption',
      'photo-credit',
      'related-stories',
      'site-footer',
      'title',
    ]);
  });
});

describe('cleanArticle', () => {
  it('reduces an HTML page to its article: no navigation, captions, sidebar or footer', () => {
    const html = readFileSync(join(__dirname, '../fixtures/articles/news-page.html'), 'utf8');
    const { title, text } = cleanArticle({ html });
    expect(title).toBe('Ministers agree cross-border rail deal');
    expect(text.split('\n\n')).toHaveLength(3);
    expect(text).toMatch(/^Transport ministers from Poland and Germany/);
    for (const junk of [
      'Subscribe',
      'Home',
      'freight train',
      'Most read',
      'Storm closes',
      'All rights',
    ]) {
      expect(text).not.toContain(junk);
    }
  });

  it('reads an HTML fragment without <html> or <body>, as feeds and JSON records carry it', () => {
    const r = cleanArticle({
      html: '<p>Talks in Geneva ended without agreement, the UN said.</p><p>They resume in May.</p>',
    });
    expect(r.text).toBe(
      'Talks in Geneva ended without agreement, the UN said.\n\nThey resume in May.',
    );
  });

  it('keeps a given title and drops its repetition as the first line', () => {
    const r = cleanArticle({
      title: 'Markets rise',
      text: 'Markets rise\n\nShares rose on Monday.',
    });
    expect(r).toMatchObject({ title: 'Markets rise', text: 'Shares rose on Monday.' });
  });

  it('does not take a first sentence for a headline', () => {
    const r = cleanArticle({ text: 'Shares rose on Monday.\n\nThey fell later.' });
    expect(r.title).toBeUndefined();
    expect(r.text).toBe('Shares rose on Monday.\n\nThey fell later.');
  });

  it('joins hard-wrapped lines and removes agency credits and share lines', () => {
    const r = cleanArticle({
      text: 'The minister said the plan would\ncost more than expected.\n(Reuters)\nShare this article\n\nTalks continue.',
    });
    expect(r.text).toBe(
      'The minister said the plan would cost more than expected.\n\nTalks continue.',
    );
  });
});
