import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { createAnalyser } from '../../src/extract/nlp';

const analyse = createAnalyser();

describe('createAnalyser', () => {
  it('gives each token the lemma of its own word, after line breaks wink counts as tokens', () => {
    const a = analyse('Putin met Xi.\n\n\nHe said the talks went well.\r\nThey were hosted well.');
    const lemmaOf = (value: string) => a.tokens.find((t) => t.value === value)?.lemma;
    expect(lemmaOf('met')).toBe('meet');
    expect(lemmaOf('said')).toBe('say');
    expect(lemmaOf('went')).toBe('go');
    expect(lemmaOf('talks')).toBe('talk');
    expect(lemmaOf('were')).toBe('be');
    expect(lemmaOf('hosted')).toBe('host');
    expect(a.tokens.every((t) => t.value.trim() !== '')).toBe(true);
  });

  it('keeps offsets and paragraph breaks exact', () => {
    const text = 'Putin met Xi.\n\nHe said so.';
    const a = analyse(text);
    for (const t of a.tokens) expect(text.slice(t.start, t.end)).toBe(t.value);
    expect(a.tokens.find((t) => t.value === 'He')?.precedingNewlines).toBe(2);
  });

  it("reads every token's value, POS and type as wink's own out() gives them", () => {
    // Non-breaking spaces, a contraction wink expands, line breaks wink counts as tokens.
    const text = 'Mr\u00a0Putin didn\u2019t meet\u2002Xi.\n\nThe U.S. said: \u201cNo.\u201d';
    const a = analyse(text);
    const nlp = winkNLP(model, ['sbd', 'pos']);
    const tokens = nlp.readDoc(text).tokens();
    // The typings declare its.type narrower than out() accepts at run time.
    const kinds = tokens.out(nlp.its.type as never) as string[];
    const kept = (_: unknown, i: number) => kinds[i] !== 'tabCRLF';
    expect(a.tokens.map((t) => t.value)).toEqual(tokens.out().filter(kept));
    expect(a.tokens.map((t) => t.pos)).toEqual(tokens.out(nlp.its.pos).filter(kept));
    expect(a.tokens.map((t) => t.kind)).toEqual(kinds.filter(kept));
    for (const t of a.tokens) expect(text.slice(t.start, t.end)).toBe(t.value);
  });

  it('analyses a text the same whatever it read before (wink keeps whole the words it has met)', () => {
    const text = "Standard and Poor's rating rose on Monday.";
    const fresh = createAnalyser()(text).tokens.map((t) => `${t.value}/${t.pos}`);
    const used = createAnalyser();
    // A sentence-final "Poor's." makes wink's cache learn "Poor's" as one word.
    used("Shares fell after a warning from Standard & Poor's.");
    expect(used(text).tokens.map((t) => `${t.value}/${t.pos}`)).toEqual(fresh);
    expect(fresh).toContain("'s/PART");
  });

  it('joins a sentence wink starts with a comma to the one before, and keeps every lemma right', () => {
    const text = 'It was said by Sen. Jane Roe, D-Calif., chairman of Acme. Then she went home.';
    const a = analyse(text);
    expect(a.sentences).toHaveLength(2);
    expect(a.tokens.find((t) => t.value === 'said')?.lemma).toBe('say');
    expect(a.tokens.find((t) => t.value === 'went')?.lemma).toBe('go');
    expect(a.tokens.find((t) => t.value === 'went')?.sentence).toBe(1);
  });
});
