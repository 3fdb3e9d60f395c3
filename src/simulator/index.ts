import type { AddressInfo } from 'node:net';
import type { CountersSnapshot } from './counters.ts';
import type { FaultSpec } from './faults.ts';
import type { JobView } from './jobs.ts';
import { resolveOptions, type SimulatorInit, type SimulatorOptions } from './options.ts';
import { createSimulatorServer } from './server.ts';

/**
 * The local Tencent Hunyuan 3D API (API 3.0 over real HTTP): verifies TC3 signatures, enforces the
 * rate and slot limits, walks jobs WAIT → RUN → DONE/FAIL on its clock, serves GLB/PNG results and
 * injects faults on request. Embedded by the gateway when no credentials are set, by every test,
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
}

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

export async function startSimulator(init: StartSimulatorOptions = {}): Promise<Simulator> {
  const { port = 0, host = '127.0.0.1', ...rest } = init;
  const options = resolveOptions(rest);
  let url = '';
  const { server, ctx, destroySockets } = createSimulatorServer(options, () => options.publicUrl ?? url);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port: actualPort } = server.address() as AddressInfo;
  url = `http://${urlHost(host)}:${actualPort}`;
  let closing: Promise<void> | undefined;
  return {
    url,
    port: actualPort,
    options,
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
