import type { Logger } from '../../logging';
import type { ArticleChange, GraphStore } from '../../store/graph-store';

/** Changes read per round trip; a longer backlog is read in several, one after the other. */
const CHANGES_PER_READ = 500;

export interface ArticleChangeFollower {
  /**
   * A subscriber arrives: following starts (from the store's newest change) if nobody was
   * listening. Resolves once the starting point is known, so anything written afterwards reaches
   * the subscriber; the function it resolves to says the subscriber left.
   */
  join(): Promise<() => void>;
  /** Read the feed now rather than at the next tick (after this process wrote an article). */
  poke(): void;
  /** Stop following; a poll in flight finishes first. */
  close(): Promise<void>;
}

export interface FollowOptions {
  store: Pick<GraphStore, 'articleChangesSince' | 'latestArticleChange'>;
  publish: (change: ArticleChange) => void;
  logger: Logger;
  /** Between reads of the feed while someone listens; 0: only when poked. */
  intervalMs: number;
}

/**
 * Follows the store's change feed (GraphStore.articleChangesSince) while live subscribers listen,
 * and publishes every article written — by this server's mutations or by any other process on
 * the same store, such as a `newsgraph ingest` run — once, in commit order. With nobody
 * listening it reads nothing. A failed read is logged and retried at the next tick, from the
 * same point, so a store that comes back loses no change.
 */
export function followArticleChanges(options: FollowOptions): ArticleChangeFollower {
  const { store, publish, logger, intervalMs } = options;
  let listeners = 0;
  let cursor: number | undefined;
  let starting: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let polling: Promise<void> | undefined;
  let pollAgain = false;
  let closed = false;
  let failing = false;

  const readFeed = async (): Promise<void> => {
    while (cursor !== undefined && listeners > 0) {
      const changes = await store.articleChangesSince(cursor, CHANGES_PER_READ);
      for (const change of changes) {
        cursor = change.seq;
        publish(change);
      }
      if (changes.length < CHANGES_PER_READ) return;
    }
  };

  const poll = (): void => {
    if (polling) {
      pollAgain = true;
      return;
    }
    polling = readFeed()
      .then(() => {
        if (failing) logger.info('reading the change feed again');
        failing = false;
      })
      .catch((err: unknown) => {
        // Once per outage, not once per tick: a store that is down stays down for a while.
        if (!failing) logger.warn({ err }, 'could not read the change feed; will retry');
        failing = true;
      })
      .finally(() => {
        polling = undefined;
        if (pollAgain && !closed) {
          pollAgain = false;
          poll();
        }
      });
  };

  const start = async (): Promise<void> => {
    const latest = await store.latestArticleChange();
    // Everyone may have left (or the server closed) while the store answered.
    if (listeners === 0 || closed) return;
    cursor = latest;
    if (intervalMs > 0 && !timer) {
      timer = setInterval(poll, intervalMs);
      timer.unref();
    }
  };

  const stop = (): void => {
    if (timer) clearInterval(timer);
    timer = undefined;
    cursor = undefined;
    starting = undefined;
  };

  return {
    async join() {
      listeners += 1;
      try {
        starting ??= start();
        await starting;
      } catch (error) {
        listeners -= 1;
        starting = undefined;
        throw error;
      }
      let left = false;
      return () => {
        if (left) return;
        left = true;
        listeners -= 1;
        if (listeners === 0) stop();
      };
    },
    poke() {
      if (listeners > 0 && cursor !== undefined) poll();
    },
    async close() {
      closed = true;
      stop();
      await polling;
    },
  };
}
