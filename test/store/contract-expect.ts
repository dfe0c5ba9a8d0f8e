import type { ArticleGraph } from '../../src/model/graph';
import type { GraphSnapshot } from '../../src/store/graph-store';

/**
 * What a snapshot must hold for articles written once each, derived from the graphs themselves.
 * The canonical order is: articles by id; entities by key; mentions by (articleId, start, end,
 * entityKey); statements and quotes by id; relationships by (subjectKey, type, objectKey);
 * co-mentions by (a, b).
 */
export function expectedMentions(...graphs: ArticleGraph[]): GraphSnapshot['mentions'] {
  return graphs
    .flatMap((g) =>
      g.mentions.map((m) => ({
        articleId: g.article.id,
        entityKey: m.entityKey,
        start: m.start,
        end: m.end,
      })),
    )
    .sort(
      (x, y) =>
        cmp(x.articleId, y.articleId) ||
        x.start - y.start ||
        x.end - y.end ||
        cmp(x.entityKey, y.entityKey),
    );
}

export function expectedStatements(...graphs: ArticleGraph[]): GraphSnapshot['statements'] {
  return graphs
    .flatMap((g) =>
      g.statements.map((s) => ({
        id: s.id,
        type: s.type,
        subjectKey: s.subjectKey,
        objectKey: s.objectKey,
        confidence: s.confidence,
        rule: s.rule,
        modality: s.modality,
        articleId: g.article.id,
      })),
    )
    .sort((x, y) => cmp(x.id, y.id));
}

export function expectedQuotes(...graphs: ArticleGraph[]): GraphSnapshot['quotes'] {
  return graphs
    .flatMap((g) =>
      g.quotes.map((q) => ({
        id: q.id,
        articleId: g.article.id,
        ...(q.speakerKey ? { speakerKey: q.speakerKey } : {}),
      })),
    )
    .sort((x, y) => cmp(x.id, y.id));
}

/** Relationships of one article whose non-negated statements all have distinct triples. */
export function expectedSingleArticleRelationships(
  g: ArticleGraph,
): GraphSnapshot['relationships'] {
  return g.statements
    .filter((s) => s.modality !== 'negated')
    .map((s) => {
      const date = s.date?.value ?? g.article.publishedAt;
      return {
        type: s.type,
        subjectKey: s.subjectKey,
        objectKey: s.objectKey,
        statementCount: 1,
        articleCount: 1,
        sourceCount: 1,
        maxConfidence: s.confidence,
        meanConfidence: s.confidence,
        ...(date ? { firstDate: date, lastDate: date } : {}),
        roles: s.role ? [s.role] : [],
      };
    })
    .sort(
      (x, y) =>
        cmp(x.subjectKey, y.subjectKey) || cmp(x.type, y.type) || cmp(x.objectKey, y.objectKey),
    );
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
