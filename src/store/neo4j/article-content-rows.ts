import type { ArticleGraph, MentionRecord } from '../../model/graph';

/**
 * The parameter rows of an article's content, one list per statement, unwound by it; every row
 * names its article, so one statement writes the content of a whole batch. Mentions become one
 * row per entity with parallel arrays ordered by start, a repeated span counted once.
 */
export function mentionRows({ article, mentions }: ArticleGraph) {
  const unique = new Map<string, MentionRecord>();
  for (const m of mentions) unique.set(`${m.entityKey}\u0000${m.start}\u0000${m.end}`, m);
  const byEntity = new Map<string, MentionRecord[]>();
  for (const m of unique.values()) {
    let list = byEntity.get(m.entityKey);
    if (!list) byEntity.set(m.entityKey, (list = []));
    list.push(m);
  }
  return [...byEntity.entries()].map(([entityKey, list]) => {
    list.sort((x, y) => x.start - y.start || x.end - y.end);
    return {
      articleId: article.id,
      entityKey,
      starts: list.map((m) => m.start),
      ends: list.map((m) => m.end),
      texts: list.map((m) => m.text),
      sentences: list.map((m) => m.sentence),
      confidences: list.map((m) => m.confidence),
      sources: list.map((m) => m.source),
      // Neo4j has no list of lists: each mention's candidates travel as a JSON string ('' = none).
      candidates: list.map((m) => (m.candidates ? JSON.stringify(m.candidates) : '')),
    };
  });
}

export function statementRows({ article, statements }: ArticleGraph) {
  return statements.map((s) => ({
    articleId: article.id,
    id: s.id,
    type: s.type,
    subjectKey: s.subjectKey,
    objectKey: s.objectKey,
    confidence: s.confidence,
    rule: s.rule,
    modality: s.modality,
    evidenceText: s.evidence.text,
    evidenceStart: s.evidence.start,
    evidenceEnd: s.evidence.end,
    sentence: s.evidence.sentence,
    date: s.date?.value ?? null,
    datePrecision: s.date?.precision ?? null,
    role: s.role ?? null,
  }));
}

export function quoteRows({ article, quotes }: ArticleGraph) {
  return quotes.map((q) => ({
    articleId: article.id,
    id: q.id,
    speakerKey: q.speakerKey ?? null,
    text: q.text,
    start: q.start,
    end: q.end,
    confidence: q.confidence,
    rule: q.rule,
    mentionedKeys: [...new Set(q.mentionedKeys)],
  }));
}

export function articleParams({ article }: ArticleGraph) {
  return {
    id: article.id,
    url: article.url ?? null,
    title: article.title ?? null,
    source: article.source ?? null,
    publishedAt: article.publishedAt ?? null,
    ingestedAt: article.ingestedAt,
    contentHash: article.contentHash,
    language: article.language,
    wordCount: article.wordCount,
    text: article.text,
    extractor: article.extractor,
  };
}
