// Gives the articles a write created or replaced the next change numbers, in the order given
// ($rows: {id, status}, each id once). The counter's lock is held until commit: a concurrent
// writer numbers its articles after this transaction commits, so numbers follow commit order.
// MERGE (on the unique id of migration 005): a database emptied by hand numbers again from 1,
// and a follower ahead of that notices the counter went back (follow-article-changes.ts).
MERGE (c:ArticleChangeCounter {id: 'articles'})
SET c.seq = coalesce(c.seq, 0) + size($rows)
WITH c.seq - size($rows) AS base
UNWIND range(0, size($rows) - 1) AS i
WITH base, i, $rows[i] AS row
MATCH (a:Article {id: row.id})
SET a.changeSeq = base + i + 1, a.changeStatus = row.status
