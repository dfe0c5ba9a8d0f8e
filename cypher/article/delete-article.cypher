// Deletes the (already emptied) article and its source when no other article remains there.
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(s:Source)
DETACH DELETE a
WITH s
CALL (s) {
  WITH s WHERE s IS NOT NULL AND NOT EXISTS { (s)<-[:PUBLISHED_BY]-(:Article) }
  DELETE s
}
RETURN count(*) AS deleted
