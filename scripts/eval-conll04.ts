/**
 * `npm run eval:conll04` — relation rules on CoNLL04 (Roth & Yih 2004) with gold entities: how
 * often WORKS_FOR and LOCATED_IN fire rightly on news sentences written by others. Reads
 * ../shared/data/conll04/{train,valid}.CoNLL04.json (the test split is held out). `--verbose`
 * lists every false positive, `--misses` every gold pair no rule found; `--json` prints one JSON document.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGazetteer } from '../src/extract/gazetteer';
import { createAnalyser } from '../src/extract/nlp';
import { evaluateConll04, type Conll04Report } from '../src/eval/conll04/evaluate-conll04';
import { readConll04 } from '../src/eval/conll04/read-conll04';

const DIR = join(__dirname, '../../shared/data/conll04');
const asJson = process.argv.includes('--json');
const verbose = process.argv.includes('--verbose');
const misses = process.argv.includes('--misses');

function main(): void {
  const analyse = createAnalyser();
  const gazetteer = loadGazetteer();
  const output: Record<string, Conll04Report> = {};
  for (const split of ['train', 'valid']) {
    const file = join(DIR, `${split}.CoNLL04.json`);
    if (!existsSync(file)) {
      console.log(`CoNLL04 ${split}: skipped, ${file} not found`);
      continue;
    }
    const report = evaluateConll04(
      readConll04(readFileSync(file, 'utf8'), file),
      analyse,
      gazetteer,
    );
    output[split] = report;
    if (asJson) continue;
    console.log(`\nCoNLL04 ${split} (${report.sentences} sentences, gold entities)`);
    for (const [name, s] of Object.entries(report.scores)) {
      const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
      console.log(
        `  ${name.padEnd(22)} P ${pct(s.precision)}  R ${pct(s.recall)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`,
      );
    }
    if (verbose) for (const fp of report.falsePositives) console.log(`    FP ${fp}`);
    if (misses) for (const fn of report.falseNegatives) console.log(`    FN ${fn}`);
  }
  if (asJson) console.log(JSON.stringify(output, null, 2));
}

main();
