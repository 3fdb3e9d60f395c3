import type { JobRecord } from '../domain/job.ts';
import { compareQueueOrder } from '../domain/transitions.ts';

/**
 * The leader's copy of one kind's admission queue. The fairness itself is data: the store gives
 * each queued job a round (domain/transitions.ts nextQueueRound), FIFO per owner and round-robin
 * across owners, and this queue only keeps jobs in (round, seq) order. So the leader takes jobs in
 * exactly the order every replica reports as queue positions, and a new leader rebuilds the same
 * queue from the store.
 */
export type QueueItem = Pick<JobRecord, 'id' | 'seq' | 'queueRound' | 'owner'>;

export interface FairQueue {
  /** Adds the item in order; a second push of one id is ignored. */
  push(item: QueueItem): void;
  /** The item `take()` would return, without removing it. */
  peek(): QueueItem | undefined;
  take(): QueueItem | undefined;
  remove(id: string): boolean;
  has(id: string): boolean;
  /** 1-based: how many `take()`s until this item comes out, counting itself. */
  position(id: string): number | undefined;
  size(): number;
  ids(): string[];
}

export function createFairQueue(): FairQueue {
  const items: QueueItem[] = [];
  const ids = new Set<string>();

  return {
    push(item) {
      if (ids.has(item.id)) return;
      // Binary search for the first item that sorts after this one.
      let lo = 0;
      let hi = items.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (compareQueueOrder(items[mid]!, item) <= 0) lo = mid + 1;
        else hi = mid;
      }
      items.splice(lo, 0, item);
      ids.add(item.id);
    },
    peek: () => items[0],
    take() {
      const item = items.shift();
      if (item) ids.delete(item.id);
      return item;
    },
    remove(id) {
      if (!ids.has(id)) return false;
      items.splice(
        items.findIndex((x) => x.id === id),
        1,
      );
      ids.delete(id);
      return true;
    },
    has: (id) => ids.has(id),
    position(id) {
      if (!ids.has(id)) return undefined;
      return items.findIndex((x) => x.id === id) + 1;
    },
    size: () => items.length,
    ids: () => items.map((x) => x.id),
  };
}
