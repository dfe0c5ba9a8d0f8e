import { setImmediate as nextTurn } from 'node:timers/promises';
import { Repeater, SlidingBuffer } from '@repeaterjs/repeater';
import type { Logger } from '../../logging';
import type { ArticleChange, GraphStore } from '../../store/graph-store';

/** Changes read per round trip; a longer backlog is read in several, one after the other. */
const CHANGES_PER_READ = 500;

/**
 * Changes waiting for one subscriber that reads slower than articles arrive. Past this the
 * oldest are dropped, so a stalled client costs bounded memory and never stops the others (an
 * unbounded queue of the pub/sub it replaced threw past 1,024, out of an event listener: the
 * process died).
 */
export const MAX_WAITING_CHANGES = 2000;

export interface ArticleChangeFollower {
  /**
   * The articles written from now on, as the change feed reports them, for one subscriber.
   * Following starts with the first subscriber (from the store's newest change) and stops when
   * the last one's stream ends, whether it ended before or after its first change.
   */
  subscribe(): AsyncIterableIterator<ArticleChange>;
  /** Read the feed now rather than at the next tick (after this process wrote an article). */
  poke(): void;
  /** Stop following and end every subscriber's stream. */
  close(): Promise<void>;
}

export interface FollowOptions {
  store: Pick<GraphStore, 'articleChangesSince' | 'latestArticleChange'>;
  logger: Logger;
  /** Between reads of the feed while someone listens; 0: only when poked. */
  intervalMs: number;
  /** Changes per read of the feed (default CHANGES_PER_READ). */
  pageSize?: number;
  /** Changes kept waiting for one slow subscriber (default MAX_WAITING_CHANGES). */
  maxWaiting?: number;
}

type Deliver = (change: ArticleChange) => void;

/**
 * Follows the store's change feed (GraphStore.articleChangesSince) while live subscribers
 * listen, and hands every article written — by this server's mutations or by any other process
 * on the same store, such as a `newsgraph ingest` run — to each of them once, in commit order.
 * With nobody listening it reads nothing. A failed read is logged once per outage and retried
 * at the next tick from the same point, so a store that comes back loses no change.
 *
 * Each start of following is a new generation: a read still in flight from an earlier one is
 * dropped when it returns, so a subscriber never receives changes from before it joined.
 */
export function followArticleChanges(options: FollowOptions): ArticleChangeFollower {
  const { store, logger, intervalMs } = options;
  const pageSize = options.pageSize ?? CHANGES_PER_READ;
  const maxWaiting = options.maxWaiting ?? MAX_WAITING_CHANGES;
  /** Each subscriber's delivery, with the call that ends its stream. */
  const subscribers = new Map<Deliver, () => void>();
  let generation = 0;
  let cursor: number | undefined;
  let starting: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let polling: Promise<void> | undefined;
  let pollAgain = false;
  let closed = false;
  let failing = false;

  const publish = (change: ArticleChange): void => {
    for (const deliver of subscribers.keys()) deliver(change);
  };

  const readFeed = async (own: number): Promise<void> => {
    while (own === generation && cursor !== undefined) {
      const changes = await store.articleChangesSince(cursor, pageSize);
      if (own !== generation) return;
      for (const change of changes) {
        cursor = change.seq;
        publish(change);
      }
      if (changes.length === 0) await noticeCounterGoingBack(own);
      if (changes.length < pageSize) return;
      // A long backlog: let requests and subscribers run between pages.
      await nextTurn();
    }
  };

  /** A store emptied and re-created numbers from 0 again: follow it from its new newest. */
  const noticeCounterGoingBack = async (own: number): Promise<void> => {
    const latest = await store.latestArticleChange();
    if (own !== generation || cursor === undefined || latest >= cursor) return;
    logger.warn({ from: cursor, to: latest }, 'the change feed went back; following from there');
    cursor = latest;
  };

  const poll = (): void => {
    if (cursor === undefined) return;
    if (polling) {
      pollAgain = true;
      return;
    }
    polling = readFeed(generation)
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
    const own = generation;
    const latest = await store.latestArticleChange();
    if (own !== generation || closed) return;
    cursor = latest;
    if (intervalMs > 0 && !timer) {
      timer = setInterval(poll, intervalMs);
      timer.unref();
    }
    // A poke that came while the starting point was read (a mutation's article) is read now.
    if (pollAgain) {
      pollAgain = false;
      poll();
    }
  };

  const stopFollowing = (): void => {
    generation += 1;
    if (timer) clearInterval(timer);
    timer = undefined;
    cursor = undefined;
    starting = undefined;
    pollAgain = false;
  };

  return {
    subscribe() {
      return new Repeater<ArticleChange>(async (push, stop) => {
        // The sliding buffer takes every change, dropping the oldest waiting one when full.
        const deliver: Deliver = (change) => void push(change);
        subscribers.set(deliver, stop);
        try {
          if (closed) return;
          starting ??= start();
          await starting;
          await stop;
        } finally {
          subscribers.delete(deliver);
          if (subscribers.size === 0) stopFollowing();
          stop();
        }
      }, new SlidingBuffer(maxWaiting));
    },
    poke() {
      if (subscribers.size === 0) return;
      if (cursor === undefined) pollAgain = true;
      else poll();
    },
    async close() {
      closed = true;
      stopFollowing();
      for (const stop of subscribers.values()) stop();
      await polling;
    },
  };
}
