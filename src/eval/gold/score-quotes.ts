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

/**
 * Score an article's quotes against the gold quotes (matched one to one, in text order).
 * `notes`, when given, receives one line per miss and wrong or spurious attribution.
 */
export function scoreQuotes(
  gold: GoldArticle,
  result: ExtractionResult,
  notes?: string[],
): QuoteCounts {
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
      notes?.push(
        `FP quote (${speakerName(result, q.speaker)}) [${q.rule}] ${q.text.slice(0, 80)}`,
      );
      continue;
    }
    open.splice(at, 1);
    detection.tp += 1;
    if (g.speaker === null) {
      if (q.speaker) {
        attribution.fp += 1;
        notes?.push(
          `FP speaker ${speakerName(result, q.speaker)} (gold: none) [${q.rule}] ${g.prefix}`,
        );
      }
      continue;
    }
    if (!q.speaker) {
      attribution.fn += 1;
      notes?.push(`FN speaker ${g.speaker} (found unattributed) ${g.prefix}`);
      continue;
    }
    if (namesMeet(names.get(q.speaker), goldNames(g.speaker, gold.aliases))) attribution.tp += 1;
    else {
      attribution.fp += 1;
      attribution.fn += 1;
      notes?.push(
        `FP speaker ${speakerName(result, q.speaker)} (gold: ${g.speaker}) [${q.rule}] ${g.prefix}`,
      );
    }
  }
  for (const g of open) notes?.push(`FN quote (${g.speaker ?? 'none'}) ${g.prefix}`);
  detection.fn += open.length;
  attribution.fn += open.filter((g) => g.speaker !== null).length;
  return { detection, attribution };
}

function speakerName(result: ExtractionResult, id: string | undefined): string {
  if (id === undefined) return 'no speaker';
  return result.entities.find((e) => e.id === id)?.name ?? id;
}
