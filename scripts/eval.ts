/**
 * `npm run eval` — measures extraction on development data (issue 3, "Measured, not guessed"):
 *  1. entity mentions on CoNLL-2003 valid.txt (documents rebuilt from tokens): the product's
 *     full recogniser, the statistical tagger alone, and the `compromise` library as baseline;
 *  2. relations and quotes on the gold set in test/fixtures/gold (texts read from ../shared).
 * `--json` prints one JSON document instead of tables; `--verbose` also lists, per gold article,
 * every relation and quote false positive and false negative. Skips, with a message, what ../shared
 * lacks. Exit code 0 whatever the scores: CI reads the numbers, the targets live in the issue.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEntityRecogniser } from '../src/extract/entities';
import { loadGazetteer } from '../src/extract/gazetteer';
import { createNerTagger } from '../src/extract/ner';
import { createAnalyser } from '../src/extract/nlp';
import { createExtractor } from '../src/extract/pipeline';
import { compromiseSystem, recogniserSystem, taggerSystem } from '../src/eval/conll/entity-systems';
import { CONLL_TYPES, evaluateConll, type SystemReport } from '../src/eval/conll/evaluate-conll';
import { readConll } from '../src/eval/conll/read-conll';
import { evaluateGold, type GoldReport } from '../src/eval/gold/evaluate-gold';
import { loadGoldSet } from '../src/eval/gold/load-gold-set';
import type { Scores } from '../src/eval/precision-recall';

const ROOT = join(__dirname, '..');
const SHARED = join(ROOT, '../shared');
const asJson = process.argv.includes('--json');
const verbose = process.argv.includes('--verbose');
const log = (line: string): void => {
  if (!asJson) console.log(line);
};

const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);
const prf = (s: Scores): string => `P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}`;

function printConll(reports: Record<string, SystemReport>): void {
  log('\nEntities — CoNLL-2003 valid.txt, mention-level exact match (F1 %, P/R below)');
  log(
    `${'system'.padEnd(12)}${[...CONLL_TYPES, 'PER+LOC+ORG', 'all'].map((t) => t.padStart(13)).join('')}   time`,
  );
  for (const [name, r] of Object.entries(reports)) {
    const cells = [...CONLL_TYPES.map((t) => r.perType[t]!), r.perLocOrg, r.all];
    log(`${name.padEnd(12)}${cells.map((s) => pct(s.f1).padStart(13)).join('')}   ${r.millis} ms`);
    log(
      `${''.padEnd(12)}${cells.map((s) => `${pct(s.precision)}/${pct(s.recall)}`.padStart(13)).join('')}`,
    );
  }
  log(
    '(recogniser: Person→PER, Country|Location→LOC, Organization→ORG, Event|Project|demonym→MISC;',
  );
  log(' compromise has no MISC.)');
}

function printGold(report: GoldReport): void {
  log(`\nRelations and quotes — development gold set (${report.articles} articles)`);
  log(`relations            ${prf(report.relations)}`);
  for (const [type, s] of Object.entries(report.relationsByType)) {
    log(`  ${type.padEnd(18)} ${prf(s)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`);
  }
  log(`quotes (found)       ${prf(report.quoteDetection)}`);
  log(`quotes (attributed)  ${prf(report.quoteAttribution)}`);
  if (!verbose) return;
  for (const article of report.perArticle) {
    if (article.notes.length === 0) continue;
    log(`\n${article.file}`);
    for (const note of article.notes) log(`  ${note}`);
  }
}

function main(): void {
  const started = performance.now();
  const analyse = createAnalyser();
  const gazetteer = loadGazetteer();
  const tagger = createNerTagger();
  const recogniser = createEntityRecogniser({ gazetteer, nerTagger: tagger });
  const output: Record<string, unknown> = {};

  const validPath = join(SHARED, 'data/conll2003/valid.txt');
  if (existsSync(validPath)) {
    const documents = readConll(readFileSync(validPath, 'utf8'));
    const reports = evaluateConll(documents, analyse, {
      recogniser: recogniserSystem(recogniser),
      tagger: taggerSystem(tagger),
      compromise: compromiseSystem(),
    });
    output.conll = { documents: documents.length, systems: reports };
    printConll(reports);
  } else {
    output.conll = { skipped: `${validPath} not found` };
    log(`\nEntities: skipped, ${validPath} not found (CoNLL-2003 is not shipped with the repo).`);
  }

  const gold = loadGoldSet(join(ROOT, 'test/fixtures/gold'), SHARED);
  if (gold) {
    const extract = createExtractor({ analyser: analyse, recogniser });
    const report = evaluateGold(gold, extract);
    output.gold = report;
    printGold(report);
  } else {
    output.gold = { skipped: `${SHARED}/data/bbc not found` };
    log(
      `\nRelations and quotes: skipped, ${SHARED}/data/bbc not found (texts are not in the repo).`,
    );
  }

  const seconds = (performance.now() - started) / 1000;
  output.seconds = Math.round(seconds * 10) / 10;
  if (asJson) console.log(JSON.stringify(output, null, 2));
  else log(`\neval took ${seconds.toFixed(1)} s`);
}

main();
