/**
 * Tencent's two limits (docs/hunyuan-api.md §4.4, §5): a rate per account and action, and job slots per
 * account and kind (counted in jobs.ts, where the jobs are).
 */

/** Timestamps inside the last `windowMs`; a hit at t leaves the window once now − t ≥ windowMs. */
export class SlidingWindow {
  #times: number[] = [];
  #head = 0;
  readonly #windowMs: number;

  constructor(windowMs = 1000) {
    this.#windowMs = windowMs;
  }

  size(now: number): number {
    while (this.#head < this.#times.length && now - (this.#times[this.#head] ?? now) >= this.#windowMs)
      this.#head++;
    // Compact now and then so a long-lived window does not grow without bound.
    if (this.#head > 1024 && this.#head * 2 > this.#times.length) {
      this.#times = this.#times.slice(this.#head);
      this.#head = 0;
    }
    return this.#times.length - this.#head;
  }

  /** Records a hit and returns the window's size including it. */
  add(now: number): number {
    this.#times.push(now);
    return this.size(now);
  }
}

/**
 * At most `ratePerSecond` admitted requests per key in ANY sliding 1-second window. A rejected
 * request is not recorded: the window holds only requests that ran, so a client that keeps
 * hammering is admitted again as soon as its oldest admitted request leaves the window (we chose
 * this over counting rejections, which would lock a retrying client out indefinitely).
 */
export class RateLimiter {
  readonly #windows = new Map<string, SlidingWindow>();
  readonly #ratePerSecond: number;

  constructor(ratePerSecond: number) {
    this.#ratePerSecond = ratePerSecond;
  }

  /** True (and recorded) when the request may run. */
  tryAcquire(key: string, now: number): boolean {
    let window = this.#windows.get(key);
    if (!window) {
      window = new SlidingWindow();
      this.#windows.set(key, window);
    }
    if (window.size(now) >= this.#ratePerSecond) return false;
    window.add(now);
    return true;
  }
}

/** Tencent's wording for a full account (observed: "当前已达到1个任务上限，请稍后重试"). */
export function jobNumExceedMessage(slots: number, language: 'zh-CN' | 'en-US'): string {
  return language === 'zh-CN'
    ? `当前已达到${slots}个任务上限，请稍后重试`
    : `The limit of ${slots} concurrent job${slots === 1 ? '' : 's'} has been reached. Please retry later.`;
}
