import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CountersSnapshot } from './counters.ts';
import type { FaultSpec } from './faults.ts';
import type { JobView } from './jobs.ts';
import { resolveOptions, type SimulatorInit, type SimulatorOptions } from './options.ts';
import { createSimulatorServer } from './server.ts';
import { loadState, prepareStateDir, type SimulatorState, saveState } from './state.ts';

/**
 * The local Tencent Hunyuan 3D API (API 3.0 over real HTTP): verifies TC3 signatures, enforces the
 * rate and slot limits, walks jobs WAIT → RUN → DONE/FAIL on its clock, serves result files of
 * every kind (recipes.ts: GLB, OBJ, FBX, STL, USDZ, GIF, MP4, PNG) and injects faults on request. Embedded by the gateway when no credentials are set, by every test,
 * and run alone by `npm run simulator` (main.ts).
 */

export type { CountersSnapshot } from './counters.ts';
export type { FaultSpec } from './faults.ts';
export type { JobView } from './jobs.ts';
export type { PhaseDurations, SimulatorCredential, SimulatorInit, SimulatorOptions } from './options.ts';

export interface SimulatorFaults {
  /** The active spec (scripted `nextErrors` not consumed yet). */
  get(): FaultSpec;
  /** Replaces the active spec; throws a FaultSpecError naming the bad fields. */
  set(spec: FaultSpec): void;
  clear(): void;
}

export interface Simulator {
  /** e.g. `http://127.0.0.1:40123`, no trailing slash. */
  readonly url: string;
  readonly port: number;
  readonly options: SimulatorOptions;
  readonly faults: SimulatorFaults;
  readonly counters: { read(): CountersSnapshot; reset(): void };
  /** The state file being kept, if any (undefined without one, or once it proved unwritable at start). */
  readonly stateFile: string | undefined;
  /** Read-only inspection of the jobs the simulator holds. */
  readonly jobs: { list(): JobView[]; get(id: string): JobView | undefined };
  /** Stops listening and destroys open connections. Idempotent. */
  close(): Promise<void>;
}

export interface StartSimulatorOptions extends SimulatorInit {
  /** @default 0 (any free port) */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  /**
   * Keep the simulator's state in this JSON file, so a restart loses nothing: loaded at start (jobs
   * carry on, on the clock, with their JobIds, slots and result URLs, and the port it names is tried
   * first when `port` is 0), saved atomically before every Submit is answered. A file that cannot be
   * read is moved aside (`<file>.corrupt-<ms>`) with a warning, and the simulator starts empty.
   * Post-processing jobs' input models are kept beside it, in `<file>.inputs/`.
   * @default undefined (everything in memory)
   */
  stateFile?: string | undefined;
  /** Where warnings about the state file go. @default console.warn */
  onWarning?: ((message: string) => void) | undefined;
}

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export async function startSimulator(init: StartSimulatorOptions = {}): Promise<Simulator> {
  const {
    port = 0,
    host = '127.0.0.1',
    stateFile,
    onWarning = (message: string) => console.warn(message),
    ...rest
  } = init;
  const options = resolveOptions(rest);
  let statePath = stateFile;
  let saved: SimulatorState | undefined;
  if (statePath !== undefined) {
    const loaded = loadState(statePath);
    if (loaded.kind === 'loaded') saved = loaded.state;
    if (loaded.kind === 'broken') {
      onWarning(loaded.warning);
      if (loaded.keptAs === undefined) statePath = undefined;
    }
  }
  let url = '';
  let actualPort: number | undefined;
  const persist = () => {
    if (statePath === undefined) return;
    saveState(statePath, {
      port: actualPort,
      signingKey: ctx.files.signingKey,
      jobs: ctx.jobs.snapshot(),
    });
  };
  const { server, ctx, destroySockets } = createSimulatorServer(options, () => options.publicUrl ?? url, {
    jobs: saved?.jobs,
    signingKey: saved?.signingKey,
    persist: stateFile === undefined ? undefined : persist,
    // Input models of post-processing jobs, beside the state file (their results are made from them).
    inputsDir: () => (statePath === undefined ? undefined : `${statePath}.inputs`),
  });
  // Back on the port of the last run, so the result URLs it handed out still reach us.
  const preferred = port === 0 && saved?.port !== undefined ? saved.port : port;
  try {
    await listen(server, preferred, host);
  } catch (err) {
    if (preferred === port) throw err;
    await listen(server, port, host);
    const { port: fresh } = server.address() as AddressInfo;
    onWarning(
      `Simulator port ${preferred} from ${statePath} is not available (${errorText(err)}); listening on ${fresh} instead${options.publicUrl === undefined ? ', so result URLs handed out before the restart no longer work' : ''}.`,
    );
  }
  actualPort = (server.address() as AddressInfo).port;
  url = `http://${urlHost(host)}:${actualPort}`;
  if (statePath !== undefined) {
    // Records the port and the signing key now, and drops jobs that expired while we were away.
    try {
      prepareStateDir(statePath);
      persist();
    } catch (err) {
      onWarning(
        `Simulator state file ${statePath} cannot be written (${errorText(err)}); keeping jobs in memory only, so a restart will lose them.`,
      );
      statePath = undefined;
    }
  }
  let closing: Promise<void> | undefined;
  return {
    url,
    port: actualPort,
    options,
    get stateFile() {
      return statePath;
    },
    faults: ctx.faults,
    counters: { read: () => ctx.counters.read(), reset: () => ctx.counters.reset() },
    jobs: {
      list: () => ctx.jobs.list(),
      get: (id) => ctx.jobs.list().find((job) => job.id === id),
    },
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        destroySockets();
      });
      return closing;
    },
  };
}
