import { Writable } from 'node:stream';
import {
  followArticleChanges,
  type FollowOptions,
} from '../../src/api/live/follow-article-changes';
import { StoreUnavailableError } from '../../src/errors';
import { createLogger } from '../../src/logging';
import type { ArticleGraph } from '../../src/model/graph';
import type { ArticleChange, GraphStore } from '../../src/store/graph-store';
import { buildArticleGraph } from '../fixtures/graphs/build-article-graph';
import { seedArticleDraft, seedArticleGraph } from '../fixtures/graphs/seed-article';
import { secondSourceGraph } from '../fixtures/graphs/second-source-article';
import { useTempSqliteStore } from '../support/temp-sqlite-store';

const seed = seedArticleGraph();
const second = secondSourceGraph();

/** The seed article under another id and text: a distinct article to write. */
function seedCopy(n: number): ArticleGraph {
  const draft = seedArticleDraft();
  draft.id = `seed-copy-${n}`;
  draft.sentences = [...draft.sentences, `Copy ${n}.`];
  return buildArticleGraph(draft);
}

/** Waits until `done()` holds, checking every 10 ms, for at most two seconds. */
async function until(done: () => boolean): Promise<void> {
  for (let waited = 0; !done(); waited += 10) {
    if (waited > 2000) throw new Error('gave up waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Lets pending reads of the feed finish, so "nothing happened" is checked after them. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

type FeedStore = Pick<GraphStore, 'articleChangesSince' | 'latestArticleChange'>;

/** The real store, counting how often the feed is read. */
function counted(store: FeedStore): FeedStore & { reads: () => number } {
  let reads = 0;
  return {
    latestArticleChange: () => store.latestArticleChange(),
    articleChangesSince: (after, limit) => {
      reads += 1;
      return store.articleChangesSince(after, limit);
    },
    reads: () => reads,
  };
}

/** A subscriber reading its stream in the background. */
function reader(stream: AsyncIterableIterator<ArticleChange>) {
  const got: string[] = [];
  const done = (async () => {
    for await (const change of stream) got.push(`${change.status} ${change.articleId}`);
  })();
  return { got, leave: async () => (await stream.return?.(), await done) };
}

describe('followArticleChanges on SQLite', () => {
  const store = useTempSqliteStore('newsgraph-follow-');
  const logs: string[] = [];
  const logger = createLogger({
    level: 'warn',
    destination: new Writable({
      write(chunk: Buffer, _encoding, done) {
        logs.push(chunk.toString('utf8'));
        done();
      },
    }),
  });
  const follow = (over: FeedStore, options: Partial<FollowOptions> = {}) =>
    followArticleChanges({ store: over, logger, intervalMs: 0, ...options });

  it('reads nothing while nobody listens, and a subscriber hears only of later writes', async () => {
    const feed = counted(store());
    const follower = follow(feed);
    await store().upsertArticle(seed);
    follower.poke();
    await settle();
    expect(feed.reads()).toBe(0);

    const one = reader(follower.subscribe());
    await settle();
    await store().upsertArticle(second);
    follower.poke();
    await until(() => one.got.length === 1);
    expect(one.got).toEqual([`created ${second.article.id}`]);
    await one.leave();
    await follower.close();
  });

  it('hands each write to every subscriber once, in commit order, and stops reading when the last leaves', async () => {
    const feed = counted(store());
    const follower = follow(feed);
    const one = reader(follower.subscribe());
    const two = reader(follower.subscribe());
    await settle();
    await store().upsertArticle(seed);
    await store().upsertArticle(second);
    follower.poke();
    await until(() => one.got.length === 2 && two.got.length === 2);
    follower.poke();
    await settle();
    const expected = [`created ${seed.article.id}`, `created ${second.article.id}`];
    expect(one.got).toEqual(expected);
    expect(two.got).toEqual(expected);

    await one.leave();
    await two.leave();
    const reads = feed.reads();
    await store().upsertArticle(seedCopy(1));
    follower.poke();
    await settle();
    expect(feed.reads()).toBe(reads);
    await follower.close();
  });

  it('stops following when a client leaves before its first change, even before it read at all', async () => {
    const feed = counted(store());
    const follower = follow(feed);
    const unread = follower.subscribe();
    await unread.return?.();
    const waiting = follower.subscribe();
    const first = waiting.next();
    await settle();
    await waiting.return?.();
    await first;
    await store().upsertArticle(seed);
    follower.poke();
    await settle();
    expect(feed.reads()).toBe(0);
    await follower.close();
  });

  it('reads a backlog longer than a page in pages, in order', async () => {
    const follower = follow(store(), { pageSize: 2 });
    const one = reader(follower.subscribe());
    await settle();
    const graphs = [1, 2, 3, 4, 5].map(seedCopy);
    await store().upsertArticles(graphs);
    follower.poke();
    await until(() => one.got.length === 5);
    expect(one.got).toEqual(graphs.map((g) => `created ${g.article.id}`));
    await one.leave();
    await follower.close();
  });

  it('keeps only the newest changes for a subscriber that does not read', async () => {
    const follower = follow(store(), { maxWaiting: 2 });
    const stalled = follower.subscribe();
    const first = stalled.next();
    await settle();
    const graphs = [1, 2, 3, 4].map(seedCopy);
    await store().upsertArticles(graphs);
    follower.poke();
    await settle();
    const got = [(await first).value, (await stalled.next()).value, (await stalled.next()).value];
    expect(got.map((c: ArticleChange) => c.articleId)).toEqual([
      graphs[0]?.article.id,
      graphs[2]?.article.id,
      graphs[3]?.article.id,
    ]);
    await stalled.return?.();
    await follower.close();
  });

  it('reads the feed on its own every interval', async () => {
    const follower = follow(store(), { intervalMs: 20 });
    const one = reader(follower.subscribe());
    await settle();
    await store().upsertArticle(seed);
    await until(() => one.got.length === 1);
    await one.leave();
    await follower.close();
  });

  it('logs a failed read once per outage and delivers the same changes once the store answers', async () => {
    let failures = 2;
    const flaky: FeedStore = {
      latestArticleChange: () => store().latestArticleChange(),
      articleChangesSince: (after, limit) => {
        if (failures-- > 0) throw new StoreUnavailableError('the store is restarting');
        return store().articleChangesSince(after, limit);
      },
    };
    const follower = follow(flaky);
    const one = reader(follower.subscribe());
    await settle();
    await store().upsertArticle(seed);
    follower.poke();
    await until(() => logs.some((line) => line.includes('could not read the change feed')));
    follower.poke();
    await until(() => failures === 0);
    await settle();
    expect(one.got).toEqual([]);
    expect(logs.filter((line) => line.includes('could not read the change feed'))).toHaveLength(1);
    follower.poke();
    await until(() => one.got.length === 1);
    expect(one.got).toEqual([`created ${seed.article.id}`]);
    await one.leave();
    await follower.close();
  });

  it('ends every subscriber’s stream on close', async () => {
    const follower = follow(store());
    const one = reader(follower.subscribe());
    await settle();
    await follower.close();
    await one.leave();
    expect(one.got).toEqual([]);
  });
});
