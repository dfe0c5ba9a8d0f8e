import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { createLemmaReader, type LemmaReader } from './wink-lemma-reader';
import { createPerDocumentWink, type PerDocumentWink } from './wink-per-document';
import { rawDocumentOf } from './wink-raw-document';

/**
 * One token of analysed text. `start`/`end` are UTF-16 offsets into the text that was analysed;
 * wink-nlp's tokenisation is lossless (tokens plus their preceding spaces rebuild the input), so
 * offsets are exact.
 */
export interface Token {
  index: number;
  value: string;
  start: number;
  end: number;
  pos: string;
  /** wink's lemma ("said" → "say"); the analyser looks it up when first read. */
  readonly lemma: string;
  /** wink token type: word, number, punctuation, quoted_phrase, … */
  kind: string;
  /** Index of the sentence that holds this token. */
  sentence: number;
  /** Newlines in the whitespace before this token (paragraph breaks matter to quote layouts). */
  precedingNewlines: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Token index range, end exclusive. */
  firstToken: number;
  endToken: number;
}

export interface AnalysedText {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

export type Analyser = (text: string) => AnalysedText;

/**
 * Only what the analysis reads: sentences and POS (lemmas follow from it). The default pipe also
 * finds wink's own entities (dates, numbers), which our date finder and tagger do without: that
 * pass was a quarter of the analysis, ~5% of extraction CPU. It also scores sentiment and
 * negation, which nothing here uses.
 */
const ANALYSER_PIPE = ['sbd', 'pos'];

/** The `its` helpers the analyser calls per token, as wink calls them, with what they return. */
interface WinkTokenHelpers {
  value: (index: number, rdd: unknown, addons: unknown) => string | undefined;
  pos: (index: number, rdd: unknown, addons: unknown) => string | undefined;
  type: (index: number, rdd: unknown, addons: unknown) => string | undefined;
  /** The whitespace before the token (spaces, or the non-breaking spaces as written). */
  precedingSpaces: (index: number, rdd: unknown, addons: unknown) => string | undefined;
}

/**
 * Build an analyser that closes over one wink-nlp instance. Loading the model costs ~100 ms and
 * some MB, so the composition root creates one per process (or worker) and passes it down.
 */
export function createAnalyser(
  wink: PerDocumentWink = createPerDocumentWink(winkNLP(model, ANALYSER_PIPE)),
): Analyser {
  const { nlp } = wink;
  const its = nlp.its as unknown as WinkTokenHelpers;
  return (text: string): AnalysedText => {
    wink.startDocument();
    const doc = nlp.readDoc(text);
    const count = doc.tokens().length();
    const winkSpans = doc.sentences().out(nlp.its.span) as unknown as [number, number][];
    // Each token's fields are read with wink's own helpers, one token at a time: `out()` built an
    // array per field, a tenth of the analyser's allocation (see wink-raw-document.ts).
    const raw = count > 0 ? rawDocumentOf(its, doc) : { rdd: undefined, addons: undefined };
    const { rdd, addons } = raw;
    const valueAt = (i: number): string => its.value(i, rdd, addons) ?? '';
    const sentenceSpans = joinCommaStarts(winkSpans, valueAt);
    const lemmaAt = createLemmaReader(nlp, doc, raw);

    // wink emits line breaks as tokens of kind 'tabCRLF'; we drop them (keeping their newline
    // count on the next token) so that every token downstream is real text.
    const ourIndex = new Int32Array(count + 1);
    const out: Token[] = [];
    let offset = 0;
    let pendingNewlines = 0;
    let sentence = 0;
    let sentenceEndToken = sentenceSpans[0]?.[1] ?? -1;
    for (let i = 0; i < count; i += 1) {
      while (i > sentenceEndToken && sentence < sentenceSpans.length - 1) {
        sentence += 1;
        sentenceEndToken = sentenceSpans[sentence]?.[1] ?? -1;
      }
      const gap = its.precedingSpaces(i, rdd, addons) ?? '';
      const value = valueAt(i);
      const kind = its.type(i, rdd, addons);
      offset += gap.length;
      ourIndex[i] = out.length;
      if (kind === 'tabCRLF' || isBlank(value)) {
        pendingNewlines += countNewlines(gap) + countNewlines(value);
        offset += value.length;
        continue;
      }
      out.push(
        new WinkToken(
          out.length,
          value,
          offset,
          offset + value.length,
          its.pos(i, rdd, addons) ?? 'X',
          kind ?? 'word',
          sentence,
          pendingNewlines + countNewlines(gap),
          i,
          lemmaAt,
        ),
      );
      pendingNewlines = 0;
      offset += value.length;
    }
    ourIndex[count] = out.length;

    const sentences: Sentence[] = [];
    for (const [first, last] of sentenceSpans) {
      const firstToken = ourIndex[first] ?? 0;
      const endToken = ourIndex[last + 1] ?? out.length;
      if (endToken <= firstToken) continue;
      const index = sentences.length;
      for (let t = firstToken; t < endToken; t += 1) {
        const token = out[t];
        if (token) token.sentence = index;
      }
      sentences.push({
        index,
        start: out[firstToken]?.start ?? 0,
        end: out[endToken - 1]?.end ?? 0,
        firstToken,
        endToken,
      });
    }

    return { text, tokens: out, sentences };
  };
}

/**
 * wink ends a sentence at an abbreviation's full stop ("Sen. Alan Cranston, D-Calif., chairman
 * of …" splits after "Calif."); no sentence starts with a comma, so one that does is joined to the
 * sentence before it.
 */
function joinCommaStarts(
  spans: [number, number][],
  valueAt: (winkIndex: number) => string,
): [number, number][] {
  const joined: [number, number][] = [];
  for (const span of spans) {
    const previous = joined[joined.length - 1];
    if (previous && valueAt(span[0]) === ',') previous[1] = span[1];
    else joined.push([span[0], span[1]]);
  }
  return joined;
}

/**
 * A Token whose lemma is looked up in wink's document the first time it is read (see
 * createLemmaReader): lemmatising every token was ~2.5% of extraction, and the rules read the
 * lemmas of about a fifth of the tokens (words between mentions, around quotes).
 */
class WinkToken implements Token {
  private lemmaValue: string | undefined;

  constructor(
    public index: number,
    public value: string,
    public start: number,
    public end: number,
    public pos: string,
    public kind: string,
    public sentence: number,
    public precedingNewlines: number,
    private readonly winkIndex: number,
    private readonly lemmaAt: LemmaReader,
  ) {}

  get lemma(): string {
    this.lemmaValue ??= this.lemmaAt(this.winkIndex) ?? this.value.toLowerCase();
    return this.lemmaValue;
  }
}

function countNewlines(whitespace: string): number {
  if (whitespace === '' || whitespace === ' ') return 0;
  let n = 0;
  for (let i = 0; i < whitespace.length; i += 1) if (whitespace.charCodeAt(i) === 10) n += 1;
  return n;
}

/** `value.trim() === ''`, without trimming the (almost always) non-blank value. */
function isBlank(value: string): boolean {
  const first = value.charCodeAt(0);
  // Below U+1680 only ASCII whitespace and U+00A0 are white space to trim().
  if (first > 32 && first !== 0xa0 && first < 0x1680) return false;
  return value.trim() === '';
}
