import type { GraphStore } from '../store/graph-store';

/** The largest page `GraphQueries.articles` accepts. */
const ARTICLE_PAGE = 10_000;

/**
 * The keys of the entities each article naming `key` names, one set per article: the
 * article-level evidence the end-of-run passes weigh ("in most of the articles that say
 * 'United', Manchester United is named too"). Read through the store interface, so both stores
 * answer alike.
 */
export async function readArticlesNaming(
  store: Pick<GraphStore, 'articles'>,
  key: string,
): Promise<Set<string>[]> {
  const articles: Set<string>[] = [];
  for (let offset = 0; ; offset += ARTICLE_PAGE) {
    const page = await store.articles({ mentions: [key] }, { limit: ARTICLE_PAGE, offset });
    for (const article of page) articles.push(new Set(article.entityKeys));
    if (page.length < ARTICLE_PAGE) return articles;
  }
}
