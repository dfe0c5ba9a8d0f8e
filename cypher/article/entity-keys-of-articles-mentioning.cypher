// Each article mentioning any of $keys, once: the asked keys it mentions and the keys of every
// entity it mentions or refers to (as get-article's entityKeys), newest first, then by id. No
// article properties travel but the id: the end-of-run passes weigh only which names meet.
UNWIND $keys AS key
MATCH (:Entity {key: key})<-[:MENTIONS]-(a:Article)
WITH a, collect(DISTINCT key) AS mentioned
ORDER BY coalesce(a.publishedAt, a.ingestedAt) DESC, a.id
RETURN a.id AS articleId, mentioned,
  COLLECT {
    MATCH (a)-[:MENTIONS]->(e:Entity) RETURN e.key AS key
    UNION
    MATCH (a)<-[:EXTRACTED_FROM]-(:Statement)-[:SUBJECT|OBJECT]->(e:Entity) RETURN e.key AS key
    UNION
    MATCH (a)<-[:QUOTED_IN]-(:Quote)-[:SAID_BY|QUOTE_MENTIONS]->(e:Entity) RETURN e.key AS key
  } AS entityKeys
