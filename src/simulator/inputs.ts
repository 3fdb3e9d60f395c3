import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The model files post-processing jobs were given, kept by the sha256 of their bytes: a job's result
 * files are made from its input on first download, so the input must outlive the Submit (and, with a
 * state file, a restart). In memory always; with a state file also as `<stateFile>.inputs/<digest>`,
 * written before the Submit is answered, like the state file itself.
 */
export class InputStore {
  readonly #memory = new Map<string, Buffer>();
  readonly #dir: () => string | undefined;

  /** `dir` is asked at every write and read, so a state file found unwritable later turns it off. */
  constructor(dir: () => string | undefined = () => undefined) {
    this.#dir = dir;
  }

  static digest(bytes: Uint8Array): string {
    return createHash('sha256').update(bytes).digest('hex');
  }

  /** Keeps the bytes and returns their digest; throws when the directory cannot be written. */
  put(bytes: Buffer): string {
    const digest = InputStore.digest(bytes);
    this.#memory.set(digest, bytes);
    const dir = this.#dir();
    if (dir !== undefined) {
      mkdirSync(dir, { recursive: true });
      const path = join(dir, digest);
      const tmp = `${path}.${process.pid}.tmp`;
      writeFileSync(tmp, bytes);
      renameSync(tmp, path);
    }
    return digest;
  }

  get(digest: string): Buffer | undefined {
    const hit = this.#memory.get(digest);
    if (hit) return hit;
    const dir = this.#dir();
    if (dir === undefined || !/^[0-9a-f]{64}$/.test(digest)) return undefined;
    try {
      const bytes = readFileSync(join(dir, digest));
      this.#memory.set(digest, bytes);
      return bytes;
    } catch {
      return undefined;
    }
  }

  /** Forgets every input no kept job names (in memory and on disk). */
  retain(keep: ReadonlySet<string>): void {
    for (const digest of this.#memory.keys()) if (!keep.has(digest)) this.#memory.delete(digest);
    const dir = this.#dir();
    if (dir === undefined) return;
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names) {
      if (/^[0-9a-f]{64}$/.test(name) && !keep.has(name)) rmSync(join(dir, name), { force: true });
    }
  }
}
