// Removes an article's mentions, statements and quotes (co-mention shares are retracted first).
MATCH (a:Article {id: $id})
CALL (a) {
  MATCH (a)-[m:MENTIONS]->(:Entity)
  DELETE m
}
CALL (a) {
  MATCH (a)<-[:EXTRACTED_FROM]-(st:Statement)
  DETACH DELETE st
}
CALL (a) {
  MATCH (a)<-[:QUOTED_IN]-(q:Quote)
  DETACH DELETE q
}
RETURN a.id AS id
