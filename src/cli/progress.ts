/**
 * The live status line of `--watch`. On a terminal it is one line rewritten in place (carriage return,
 * erase to end of line), redrawn every second so the elapsed time and the countdown move between
 * events, and cut to the terminal's width: a wrapped line could no longer be rewritten by `\r`. Into
 * a pipe or a log file it is one plain line per change of state, with no control characters.
 */

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean | undefined;
  columns?: number | undefined;
}

export interface ProgressOptions {
  now?: () => number;
  /** Redraw period on a terminal, ms. */
  tickMs?: number;
}

/** Erase from the cursor to the end of the line (ECMA-48 EL). */
const ERASE_LINE_END = '\x1b[K';

export class ProgressLine {
  readonly #stream: ProgressStream;
  readonly #now: () => number;
  readonly #tickMs: number;
  #render: ((now: number) => string) | undefined;
  #lastKey: string | undefined;
  #timer: NodeJS.Timeout | undefined;
  /** A partial line is on screen (TTY mode): it must be ended before anything else is printed. */
  #open = false;

  constructor(stream: ProgressStream, options: ProgressOptions = {}) {
    this.#stream = stream;
    this.#now = options.now ?? Date.now;
    this.#tickMs = options.tickMs ?? 1000;
  }

  get tty(): boolean {
    return this.#stream.isTTY === true;
  }

  /**
   * Shows a new state. `key` identifies what changed for the plain output (a line is printed only
   * when it differs from the last one), so refreshed snapshots that only move the clock stay silent.
   */
  update(render: (now: number) => string, key: string): void {
    this.#render = render;
    if (this.tty) {
      this.#draw();
      if (!this.#timer) {
        this.#timer = setInterval(() => this.#draw(), this.#tickMs);
        // The watch itself keeps the process alive; a leftover timer must not.
        this.#timer.unref();
      }
      return;
    }
    if (key === this.#lastKey) return;
    this.#lastKey = key;
    this.#stream.write(`${render(this.#now())}\n`);
  }

  /** Ends the line (the last state stays on screen) and stops redrawing. */
  end(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
    if (this.#open) this.#stream.write('\n');
    this.#open = false;
  }

  #draw(): void {
    if (!this.#render) return;
    const width = this.#stream.columns && this.#stream.columns > 1 ? this.#stream.columns - 1 : 79;
    const chars = [...this.#render(this.#now())];
    const text = chars.length > width ? `${chars.slice(0, width - 1).join('')}…` : chars.join('');
    this.#stream.write(`\r${text}${ERASE_LINE_END}`);
    this.#open = true;
  }
}
