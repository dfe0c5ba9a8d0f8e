import type { ExtractionResult } from '../../model/extraction';
import type { ArticleInput } from '../../model/article-input';
import { addCounts, scoresFrom, type Counts, type Scores } from '../precision-recall';
import type { GoldItem } from './load-gold-set';
import { scoreQuotes } from './score-quotes';
import { scoreRelations } from './score-relations';

export interface GoldReport {
  articles: number;
  relations: Scores;
  relationsByType: Record<string, Scores>;
  quoteDetection: Scores;
  quoteAttribution: Scores;
  /** Per file, for finding where the misses are; `notes` lists each miss and false positive. */
  perArticle: { file: string; relations: Counts; quoteAttribution: Counts; notes: string[] }[];
}

/** Run the extractor over the gold articles and total the relation and quote scores. */
export function evaluateGold(
  items: readonly GoldItem[],
  extract: (input: ArticleInput) => ExtractionResult,
): GoldReport {
  const byType = new Map<string, Counts>();
  let relations: Counts = { tp: 0, fp: 0, fn: 0 };
  let detection: Counts = { tp: 0, fp: 0, fn: 0 };
  let attribution: Counts = { tp: 0, fp: 0, fn: 0 };
  const perArticle: GoldReport['perArticle'] = [];
  for (const item of items) {
    const result = extract(item.input);
    const notes: string[] = [];
    let articleRelations: Counts = { tp: 0, fp: 0, fn: 0 };
    for (const [type, c] of scoreRelations(item.gold, result, notes)) {
      byType.set(type, addCounts(byType.get(type) ?? { tp: 0, fp: 0, fn: 0 }, c));
      articleRelations = addCounts(articleRelations, c);
    }
    relations = addCounts(relations, articleRelations);
    const quotes = scoreQuotes(item.gold, result, notes);
    detection = addCounts(detection, quotes.detection);
    attribution = addCounts(attribution, quotes.attribution);
    perArticle.push({
      file: item.file,
      relations: articleRelations,
      quoteAttribution: quotes.attribution,
      notes,
    });
  }
  return {
    articles: items.length,
    relations: scoresFrom(relations),
    relationsByType: Object.fromEntries([...byType].sort().map(([t, c]) => [t, scoresFrom(c)])),
    quoteDetection: scoresFrom(detection),
    quoteAttribution: scoresFrom(attribution),
    perArticle,
  };
}
