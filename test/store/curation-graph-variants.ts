import { coMentionsFromMentions } from '../../src/model/co-mentions';
import type { ArticleGraph, EntityRecord } from '../../src/model/graph';

// Later versions of a fixture article, for what may happen between a merge and its undo.

/** The same article re-published with a new title: a changed content hash, the same entities. */
export function revisedGraph(graph: ArticleGraph): ArticleGraph {
  const title = `${graph.article.title ?? ''} (updated)`;
  return {
    ...graph,
    article: { ...graph.article, title, contentHash: `${graph.article.contentHash}-revised` },
  };
}

/**
 * The article re-published and re-extracted by a resolver that now links `from` to `to` (as it
 * would once a merge made `from`'s name an alias of `to`): no `from` left in it.
 */
export function resolvedAs(graph: ArticleGraph, from: string, to: EntityRecord): ArticleGraph {
  const key = (k: string) => (k === from ? to.key : k);
  const mentions = graph.mentions.map((m) => ({ ...m, entityKey: key(m.entityKey) }));
  const revised = revisedGraph(graph);
  return {
    ...revised,
    entities: [...graph.entities.filter((e) => e.key !== from && e.key !== to.key), to],
    mentions,
    statements: graph.statements.map((s) => ({
      ...s,
      subjectKey: key(s.subjectKey),
      objectKey: key(s.objectKey),
    })),
    quotes: graph.quotes.map((q) => ({
      ...q,
      ...(q.speakerKey !== undefined ? { speakerKey: key(q.speakerKey) } : {}),
      mentionedKeys: q.mentionedKeys.map(key).sort(),
    })),
    cooccurrences: coMentionsFromMentions(mentions),
  };
}
