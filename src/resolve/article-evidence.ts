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

/**
 * `readArticlesNaming` for each of `keys` (every key present, with no articles when none names
 * it), in one store call: a pass reads its candidates' evidence before it decides any of them,
 * as it merges only once it has decided all. On Neo4j a read per candidate was most of the
 * end-of-run passes' time (two thousand round trips, each article's text travelling with it).
 * An article naming several of the keys is one set, shared by their lists.
 */
export async function readArticlesNamingEach(
  store: Pick<GraphStore, 'entityKeysOfArticlesMentioning'>,
  keys: readonly string[],
): Promise<Map<string, ReadonlySet<string>[]>> {
  const byKey = new Map<string, ReadonlySet<string>[]>(keys.map((key) => [key, []]));
  for (const article of await store.entityKeysOfArticlesMentioning(keys)) {
    const named: ReadonlySet<string> = new Set(article.entityKeys);
    for (const key of article.mentioned) byKey.get(key)?.push(named);
  }
  return byKey;
}
