/**
 * Trains the statistical NER tagger on CoNLL-2003 train.txt and writes the committed model
 * (src/extract/ner/model/ner-model.json). Reproducible: fixed seed, fixed epochs, fixed hash
 * size; prints dev (valid.txt) F1 per epoch. Run with `npm run train:ner`.
 *
 * Options: --epochs N (default 15), --no-gazetteer, --out PATH, --min-weight W.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyser } from '../src/extract/nlp';
import { defaultGazetteerNames } from '../src/extract/ner/default-gazetteer';
import { createGazetteerMatcher } from '../src/extract/ner/gazetteer-matcher';
import { decodeNerModel, encodeNerModel } from '../src/extract/ner/ner-model';
import { NER_TYPES } from '../src/extract/ner/ner-types';
import { tagSentences } from '../src/extract/ner/tag-sentences';
import { extractFeatures, type FeatureRows } from '../src/extract/ner/token-features';
import { alignConllLabels } from '../src/extract/ner/training/align-conll-labels';
import { AveragedPerceptron, DenseWeights } from '../src/extract/ner/training/averaged-perceptron';
import { constrainTransitions, viterbi } from '../src/extract/ner/viterbi';
import { emissionScores, type NerWeights } from '../src/extract/ner/weights';
import type { AnalysedText } from '../src/extract/nlp';
import { conllMentionFromOffsets, goldConllMentions } from '../src/eval/conll/conll-mentions';
import { readConll } from '../src/eval/conll/read-conll';
import { rebuildDocument, type RebuiltDocument } from '../src/eval/conll/rebuild-document';
import { MentionTally, type TypedSpan } from '../src/eval/mention-tally';

const ROOT = join(__dirname, '..');
const DATA = join(ROOT, '../shared/data/conll2003');
const SEED = 20_030_601;
const HASH_BITS = 21;

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

interface PreparedDocument {
  rebuilt: RebuiltDocument;
  analysed: AnalysedText;
  rows: FeatureRows;
  labels: Int32Array;
}

/** mulberry32: a tiny seeded generator, so the shuffles (and the model) are reproducible. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function prepare(path: string, useGazetteer: boolean): PreparedDocument[] {
  const analyse = createAnalyser();
  const gazetteer = useGazetteer ? createGazetteerMatcher(defaultGazetteerNames()) : undefined;
  return readConll(readFileSync(path, 'utf8')).map((doc) => {
    const rebuilt = rebuildDocument(doc);
    const analysed = analyse(rebuilt.text);
    return {
      rebuilt,
      analysed,
      rows: extractFeatures(analysed, { hashBits: HASH_BITS, gazetteer }),
      labels: alignConllLabels(analysed, rebuilt),
    };
  });
}

function evaluate(docs: PreparedDocument[], weights: NerWeights): MentionTally {
  const tally = new MentionTally();
  const transitions = constrainTransitions(weights.transitions);
  for (const d of docs) {
    const predicted: TypedSpan[] = [];
    for (const span of tagSentences(d.analysed, d.rows, weights, transitions)) {
      const start = d.analysed.tokens[span.firstToken]!.start;
      const end = d.analysed.tokens[span.endToken - 1]!.end;
      const m = conllMentionFromOffsets(d.rebuilt, span.type, start, end);
      if (m) predicted.push(m);
    }
    tally.add(goldConllMentions(d.rebuilt), predicted);
  }
  return tally;
}

function formatScores(tally: MentionTally): string {
  const parts = NER_TYPES.map((t) => `${t} ${(tally.scores(t).f1 * 100).toFixed(2)}`);
  const main = tally.overall(['PER', 'LOC', 'ORG']).f1 * 100;
  const all = tally.overall(NER_TYPES).f1 * 100;
  return `${parts.join('  ')}  | PER+LOC+ORG ${main.toFixed(2)}  all ${all.toFixed(2)}`;
}

function main(): void {
  const started = Date.now();
  const epochs = Number(option('epochs', '15'));
  const useGazetteer = !process.argv.includes('--no-gazetteer');
  const out = option('out', join(ROOT, 'src/extract/ner/model/ner-model.json'));
  const minWeight = Number(option('min-weight', '0.05'));

  const train = prepare(join(DATA, 'train.txt'), useGazetteer);
  const dev = prepare(join(DATA, 'valid.txt'), useGazetteer);
  const examples: [number, number, number][] = [];
  train.forEach((d, i) => {
    for (const s of d.analysed.sentences) examples.push([i, s.firstToken, s.endToken]);
  });
  console.log(
    `prepared ${train.length} training and ${dev.length} dev documents, ` +
      `${examples.length} sentences in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );

  const random = seededRandom(SEED);
  const perceptron = new AveragedPerceptron(HASH_BITS);
  for (let epoch = 1; epoch <= epochs; epoch += 1) {
    for (let i = examples.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [examples[i], examples[j]] = [examples[j]!, examples[i]!];
    }
    let mistakes = 0;
    for (const [docIndex, first, end] of examples) {
      const d = train[docIndex]!;
      const transitions = constrainTransitions(perceptron.transitions);
      const emissions = emissionScores(d.rows, first, end, perceptron);
      const predicted = viterbi(emissions, end - first, transitions);
      const gold = d.labels.subarray(first, end);
      if (predicted.some((l, k) => l !== gold[k])) {
        mistakes += 1;
        perceptron.update(d.rows, first, gold, predicted);
      }
      perceptron.tick();
    }
    const averaged = perceptron.averaged();
    const tally = evaluate(dev, new DenseWeights(averaged.weights, averaged.transitions));
    console.log(
      `epoch ${epoch}: ${mistakes} sentences wrong; dev F1 ${formatScores(tally)} ` +
        `(${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
  }

  const averaged = perceptron.averaged();
  const file = encodeNerModel(
    averaged.weights,
    averaged.transitions,
    {
      hashBits: HASH_BITS,
      gazetteer: useGazetteer,
      training: {
        data: 'CoNLL-2003 English train.txt (Reuters RCV1 newswire, 1996)',
        algorithm: 'averaged structured perceptron, first-order Viterbi over IOB2',
        epochs,
        seed: SEED,
        minWeight,
      },
    },
    minWeight,
  );
  writeFileSync(out, JSON.stringify(file));
  const shipped = evaluate(dev, decodeNerModel(file));
  console.log(`shipped model: dev F1 ${formatScores(shipped)}`);
  console.log(
    `wrote ${out}: ${(statSync(out).size / 1e6).toFixed(2)} MB, ${file.entryCount} weights; ` +
      `total ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

main();
