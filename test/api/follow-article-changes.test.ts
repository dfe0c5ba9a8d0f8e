import { Writable } from 'node:stream';
import { followArticleChanges } from '../../src/api/live/follow-article-changes';
import { StoreUnavailableError } from '../../src/errors';
import { createLogger } from '../../src/logging';
import type { ArticleChange, GraphStore } from '../../src/store/graph-store';
import { seedArticleGraph, seedArticleRevisedGraph } from '../fixtures/graphs/seed-article';
import { secondSourceGraph } from '../fixtures/graphs/second-source-article';
import { useTempSqliteStore } from '../support/temp-sqlite-store';

const seed = seedArticleGraph();
const second = secondSourceGraph();

/** Waits until `done()` holds, checking every 10 ms, for at most two seconds. */
async function until(done: () => boolean): Promise<void> {
  for (let waited = 0; !done(); waited += 10) {
    if (waited > 2000) throw new Error('gave up waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Lets pending reads of the feed finish, so "nothing was published" is checked after them. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

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

  function follow(over: Pick<GraphStore, 'articleChangesSince' | 'latestArticleChange'>) {
    const published: ArticleChange[] = [];
    const follower = followArticleChanges({
      store: over,
      publish: (change) => published.push(change),
      logger,
      intervalMs: 0,
    });
    return { follower, published, said: () => published.map((c) => `${c.status} ${c.articleId}`) };
  }

  it('starts at the newest change when someone joins, and reads nothing while nobody listens', async () => {
    const { follower, said } = follow(store());
    await store().upsertArticle(seed);
    follower.poke();
    await settle();
    const leave = await follower.join();
    follower.poke();
    await settle();
    expect(said()).toEqual([]);
    leave();
    await follower.close();
  });

  it('publishes each later write once, in commit order, and stops when the last listener leaves', async () => {
    const { follower, said } = follow(store());
    const leaveFirst = await follower.join();
    const leaveSecond = await follower.join();
    await store().upsertArticle(seed);
    await store().upsertArticle(second);
    follower.poke();
    await until(() => said().length === 2);
    follower.poke();
    await settle();
    expect(said()).toEqual([`created ${seed.article.id}`, `created ${second.article.id}`]);

    leaveFirst();
    await store().upsertArticle(seedArticleRevisedGraph());
    follower.poke();
    await until(() => said().length === 3);
    expect(said()[2]).toBe(`updated ${seed.article.id}`);

    leaveSecond();
    await store().deleteArticle(second.article.id);
    await store().upsertArticle(second);
    follower.poke();
    await settle();
    expect(said()).toHaveLength(3);
    await follower.close();
  });

  it('reads the feed on its own every interval', async () => {
    const published: ArticleChange[] = [];
    const follower = followArticleChanges({
      store: store(),
      publish: (change) => published.push(change),
      logger,
      intervalMs: 20,
    });
    const leave = await follower.join();
    await store().upsertArticle(seed);
    await until(() => published.length === 1);
    leave();
    await follower.close();
  });

  it('logs a failed read once per outage and delivers the same changes once the store answers', async () => {
    let failures = 2;
    const flaky: Pick<GraphStore, 'articleChangesSince' | 'latestArticleChange'> = {
      latestArticleChange: () => store().latestArticleChange(),
      articleChangesSince: (after, limit) => {
        if (failures-- > 0) throw new StoreUnavailableError('the store is restarting');
        return store().articleChangesSince(after, limit);
      },
    };
    const { follower, said } = follow(flaky);
    const leave = await follower.join();
    await store().upsertArticle(seed);
    follower.poke();
    await until(() => logs.some((line) => line.includes('could not read the change feed')));
    follower.poke();
    await until(() => failures === 0);
    await settle();
    expect(said()).toEqual([]);
    expect(logs.filter((line) => line.includes('could not read the change feed'))).toHaveLength(1);
    follower.poke();
    await until(() => said().length === 1);
    expect(said()).toEqual([`created ${seed.article.id}`]);
    leave();
    await follower.close();
  });
});
