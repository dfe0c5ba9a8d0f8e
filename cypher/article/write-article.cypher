// Sets each article's fields and links it to its source; a source it no longer names is removed
// when no other article is published by it. One row per article, in write order.
UNWIND $rows AS article
MATCH (a:Article {id: article.id})
SET a.url = article.url,
    a.title = article.title,
    a.source = article.source,
    a.publishedAt = article.publishedAt,
    a.ingestedAt = article.ingestedAt,
    a.contentHash = article.contentHash,
    a.language = article.language,
    a.wordCount = toInteger(article.wordCount),
    a.text = article.text,
    a.extractor = article.extractor
WITH a, article
CALL (a, article) {
  MATCH (a)-[p:PUBLISHED_BY]->(old:Source)
  WHERE old.name <> coalesce(article.source, '')
  DELETE p
  WITH old
  WHERE NOT EXISTS { (old)<-[:PUBLISHED_BY]-(:Article) }
  DELETE old
}
CALL (a, article) {
  WITH a, article WHERE article.source IS NOT NULL
  MERGE (s:Source {name: article.source})
  MERGE (a)-[:PUBLISHED_BY]->(s)
}
RETURN count(a) AS written
