import type { ExtractionResult } from '../../model/extraction';
import type { Counts } from '../precision-recall';
import { entityNames, goldNames, namesMeet } from './entity-names';
import type { GoldArticle } from './gold-article';
import { normaliseQuoteText } from './normalise-name';

export interface QuoteCounts {
  /** Quote found at all (its text starts with a gold prefix), speaker aside. */
  detection: Counts;
  /**
   * Quote found and attributed to the right speaker. Precision is over predicted quotes that
   * have a speaker; a quote with the wrong speaker, or with a speaker but no gold quote, is a
   * false positive. Unattributed predictions neither help nor hurt precision.
   */
  attribution: Counts;
}

/**
 * Quoted fragments shorter than this (scare quotes, quoted terms: "shamed", "dear friend") are
 * not annotated (see test/fixtures/gold/README.md), so predictions that short are not scored.
 */
export const MIN_QUOTE_WORDS = 4;

const wordCount = (text: string): number => text.trim().split(/\s+/).filter(Boolean).length;

function textMatches(predicted: string, prefix: string): boolean {
  const p = normaliseQuoteText(predicted);
  const g = normaliseQuoteText(prefix);
  return p.length > 0 && (p.startsWith(g) || g.startsWith(p));
}

/** Score an article's quotes against the gold quotes (matched one to one, in text order). */
export function scoreQuotes(gold: GoldArticle, result: ExtractionResult): QuoteCounts {
  const names = entityNames(result);
  const detection: Counts = { tp: 0, fp: 0, fn: 0 };
  const attribution: Counts = { tp: 0, fp: 0, fn: 0 };
  const open = [...gold.quotes];
  for (const q of result.quotes) {
    if (wordCount(q.text) < MIN_QUOTE_WORDS) continue;
    const at = open.findIndex((g) => textMatches(q.text, g.prefix));
    const g = at >= 0 ? open[at] : undefined;
    if (!g) {
      detection.fp += 1;
      if (q.speaker) attribution.fp += 1;
      continue;
    }
    open.splice(at, 1);
    detection.tp += 1;
    if (g.speaker === null) {
      if (q.speaker) attribution.fp += 1;
      continue;
    }
    if (!q.speaker) {
      attribution.fn += 1;
      continue;
    }
    if (namesMeet(names.get(q.speaker), goldNames(g.speaker, gold.aliases))) attribution.tp += 1;
    else {
      attribution.fp += 1;
      attribution.fn += 1;
    }
  }
  detection.fn += open.length;
  attribution.fn += open.filter((g) => g.speaker !== null).length;
  return { detection, attribution };
}
