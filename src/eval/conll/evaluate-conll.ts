import type { Analyser } from '../../extract/nlp';
import { MentionTally, type TypedSpan } from '../mention-tally';
import type { Scores } from '../precision-recall';
import { conllMentionFromOffsets, goldConllMentions } from './conll-mentions';
import type { EntitySystem } from './entity-systems';
import type { ConllDocument } from './read-conll';
import { rebuildDocument } from './rebuild-document';

export const CONLL_TYPES = ['PER', 'LOC', 'ORG', 'MISC'] as const;

export interface SystemReport {
  perType: Record<string, Scores>;
  /** Micro-averaged over PER, LOC and ORG: the target. */
  perLocOrg: Scores;
  all: Scores;
  /** Wall time the system took over all documents, the shared wink analysis excluded. */
  millis: number;
}

/**
 * Run each system over the documents rebuilt as text and score mention-level exact matches in
 * CoNLL token space. The text is analysed once and shared, so a system's time is its own.
 */
export function evaluateConll(
  documents: readonly ConllDocument[],
  analyse: Analyser,
  systems: Record<string, EntitySystem>,
): Record<string, SystemReport> {
  const names = Object.keys(systems);
  const tallies = new Map(names.map((n) => [n, new MentionTally()]));
  const millis = new Map(names.map((n) => [n, 0]));
  for (const document of documents) {
    const rebuilt = rebuildDocument(document);
    const analysed = analyse(rebuilt.text);
    const gold = goldConllMentions(rebuilt);
    for (const name of names) {
      const started = performance.now();
      const found = systems[name]!(rebuilt.text, analysed);
      millis.set(name, millis.get(name)! + performance.now() - started);
      const predicted: TypedSpan[] = [];
      for (const m of found) {
        const span = conllMentionFromOffsets(rebuilt, m.type, m.start, m.end);
        if (span) predicted.push(span);
      }
      tallies.get(name)!.add(gold, predicted);
    }
  }
  const reports: Record<string, SystemReport> = {};
  for (const name of names) {
    const tally = tallies.get(name)!;
    reports[name] = {
      perType: Object.fromEntries(CONLL_TYPES.map((t) => [t, tally.scores(t)])),
      perLocOrg: tally.overall(['PER', 'LOC', 'ORG']),
      all: tally.overall(CONLL_TYPES),
      millis: Math.round(millis.get(name)!),
    };
  }
  return reports;
}
