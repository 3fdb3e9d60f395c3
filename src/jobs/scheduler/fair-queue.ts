/**
 * The admission queue of one job kind: FIFO per owner (API key), round-robin across owners, so a
 * key with fifty queued jobs delays another key's single job by at most one slot turn.
 */
export interface QueueItem {
  id: string;
  seq: number;
  owner: string;
}

export interface FairQueue {
  push(item: QueueItem): void;
  /** The item `take()` would return, without removing it. */
  peek(): QueueItem | undefined;
  /** Removes the next item and moves the rotation past its owner. */
  take(): QueueItem | undefined;
  /** Back to the head of its owner's queue, and its owner goes next (after JobNumExceed). */
  putBack(item: QueueItem): void;
  remove(id: string): boolean;
  /** 1-based: how many `take()`s until this item comes out, counting itself. */
  position(id: string): number | undefined;
  size(): number;
  sizeOf(owner: string): number;
}

export function createFairQueue(): FairQueue {
  const byOwner = new Map<string, QueueItem[]>();
  /** Owners in rotation order; `turn` indexes the owner served next. */
  const rotation: string[] = [];
  let turn = 0;
  let total = 0;

  function insertSorted(list: QueueItem[], item: QueueItem): boolean {
    if (list.some((x) => x.id === item.id)) return false;
    let i = list.length;
    while (i > 0 && (list[i - 1]?.seq ?? 0) > item.seq) i--;
    list.splice(i, 0, item);
    return true;
  }

  function ownerList(owner: string): QueueItem[] {
    let list = byOwner.get(owner);
    if (!list) {
      list = [];
      byOwner.set(owner, list);
      // A newcomer joins just before the owner served next: it waits at most one full turn.
      rotation.splice(turn, 0, owner);
      turn += 1;
      if (turn >= rotation.length) turn = 0;
    }
    return list;
  }

  function dropOwnerIfEmpty(owner: string): void {
    if ((byOwner.get(owner)?.length ?? 0) > 0) return;
    byOwner.delete(owner);
    const i = rotation.indexOf(owner);
    if (i < 0) return;
    rotation.splice(i, 1);
    if (i < turn) turn -= 1;
    if (turn >= rotation.length) turn = 0;
  }

  function nextOwnerIndex(): number | undefined {
    if (rotation.length === 0) return undefined;
    return turn % rotation.length;
  }

  return {
    push(item) {
      if (insertSorted(ownerList(item.owner), item)) total += 1;
    },
    peek() {
      const i = nextOwnerIndex();
      if (i === undefined) return undefined;
      return byOwner.get(rotation[i] ?? '')?.[0];
    },
    take() {
      const i = nextOwnerIndex();
      if (i === undefined) return undefined;
      const owner = rotation[i] ?? '';
      const item = byOwner.get(owner)?.shift();
      if (!item) return undefined;
      total -= 1;
      turn = i + 1 >= rotation.length ? 0 : i + 1;
      dropOwnerIfEmpty(owner);
      return item;
    },
    putBack(item) {
      if (insertSorted(ownerList(item.owner), item)) total += 1;
      turn = rotation.indexOf(item.owner);
    },
    remove(id) {
      for (const [owner, list] of byOwner) {
        const i = list.findIndex((x) => x.id === id);
        if (i >= 0) {
          list.splice(i, 1);
          total -= 1;
          dropOwnerIfEmpty(owner);
          return true;
        }
      }
      return false;
    },
    position(id) {
      for (const [owner, list] of byOwner) {
        const k = list.findIndex((x) => x.id === id);
        if (k < 0) continue;
        const rank = (o: string) => (rotation.indexOf(o) - turn + rotation.length) % rotation.length;
        const mine = rank(owner);
        let ahead = k;
        for (const [other, otherList] of byOwner) {
          if (other === owner) continue;
          ahead += Math.min(otherList.length, k + (rank(other) < mine ? 1 : 0));
        }
        return ahead + 1;
      }
      return undefined;
    },
    size: () => total,
    sizeOf: (owner) => byOwner.get(owner)?.length ?? 0,
  };
}
