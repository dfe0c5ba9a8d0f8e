// The newest change number, 0 before any write (or before migration 005).
OPTIONAL MATCH (c:ArticleChangeCounter {id: 'articles'})
RETURN coalesce(c.seq, 0) AS seq
